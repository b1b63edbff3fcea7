using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace Verbatim.Benchmarks;

/// <summary>
/// Times a run of edits outside BenchmarkDotNet (for sizes it cannot hold, and for a profiler): the
/// median and every run of the wall clock, and the medians of the process's CPU time and of what the
/// edit allocated. On a shared machine the wall clock also counts the time other processes held the
/// cores; CPU time and allocation are what the edit itself cost.
/// </summary>
internal static class EditTimes
{
    public static string Render(string name, int articles, Func<int> edit, int runs)
    {
        var process = Process.GetCurrentProcess();
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var paused = GC.GetTotalPauseDuration();
        var samples = Enumerable.Range(0, runs).Select(_ =>
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            long allocated = GC.GetTotalAllocatedBytes(precise: false);
            var clock = Stopwatch.StartNew();
            edit();
            double wall = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            return (Wall: wall, Cpu: (process.TotalProcessorTime - cpu).TotalMilliseconds, Allocated: GC.GetTotalAllocatedBytes(precise: false) - allocated);
        }).ToArray();
        var collected = Enumerable.Range(0, 3).Select(generation => GC.CollectionCount(generation) - collections[generation]).ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}, one edit of {articles:N0} articles: median {Median(samples.Select(s => s.Wall)):N1} ms "
            + $"(CPU {Median(samples.Select(s => s.Cpu)):N1} ms, {Median(samples.Select(s => (double)s.Allocated)) / 1e6:N2} MB allocated); "
            + $"collections over the {runs} edits (each counted in its own and every younger generation) gen0 {collected[0]}, gen1 {collected[1]}, gen2 {collected[2]}, "
            + $"paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / runs:N1} ms an edit; "
            + $"{string.Join(", ", samples.Select(s => s.Wall.ToString("N1", CultureInfo.InvariantCulture)))} ms");
    }

    private static double Median(System.Collections.Generic.IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
