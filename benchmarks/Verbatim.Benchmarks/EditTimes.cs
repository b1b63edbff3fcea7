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
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}, one edit of {articles:N0} articles: median {Median(samples.Select(s => s.Wall)):N1} ms "
            + $"(CPU {Median(samples.Select(s => s.Cpu)):N1} ms, {Median(samples.Select(s => (double)s.Allocated)) / 1e6:N2} MB allocated); "
            + $"{string.Join(", ", samples.Select(s => s.Wall.ToString("N1", CultureInfo.InvariantCulture)))} ms");
    }

    private static double Median(System.Collections.Generic.IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
