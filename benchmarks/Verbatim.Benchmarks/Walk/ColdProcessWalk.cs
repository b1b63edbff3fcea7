using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Verbatim.Benchmarks.Walk;

/// <summary>
/// The first walk as a user's app meets it, outside BenchmarkDotNet: each run is a new process
/// that reads the corpus (the generated assembly, or the JSON file), walks every quote once and
/// reports the time from its first line to the end of the walk. Both sides start with nothing
/// JIT-compiled, which the in-process benchmark cannot give the JSON side.
/// </summary>
internal static class ColdProcessWalk
{
    public const string ChildSwitch = "--walk-child";

    public static string Measure(int articles, int runs)
    {
        string folder = Directory.CreateTempSubdirectory("verbatim-first-walk-").FullName;
        var (assembly, json) = WriteInputs(folder, articles);
        double generated = MedianOfRuns("generated", assembly, runs), fromJson = MedianOfRuns("json", json, runs);
        Directory.Delete(folder, recursive: true);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {articles:N0} | {fromJson:N1} ms | {generated:N1} ms | {fromJson / generated:N1}x | {runs} |");
    }

    /// <summary>Writes the two inputs of a walk: the compiled generated corpus and the same corpus as JSON.</summary>
    public static (string Assembly, string Json) WriteInputs(string folder, int articles)
    {
        var workload = Workload.For(articles);
        Directory.CreateDirectory(folder);
        string assembly = Path.Combine(folder, "Bench.Corpus.dll"), json = Path.Combine(folder, "corpus.json");
        GeneratedCorpusImage.Compile(workload).Save(assembly);
        File.WriteAllBytes(json, CorpusJsonWriter.ToUtf8(workload.Corpus));
        return (assembly, json);
    }

    /// <summary>In the child process: one walk, then its time in milliseconds and the walk's sum.</summary>
    public static void RunChild(string kind, string path)
    {
        var clock = Stopwatch.StartNew();
        long sum;
        if (kind == "json")
        {
            sum = JsonWalk.Run(File.ReadAllBytes(path));
        }
        else
        {
            var corpus = Assembly.LoadFrom(path);
            // Finding the walker by reflection is the harness's cost, not a user's, whose code calls
            // the generated API directly: the clock stops for it (its cost: docs/performance.md, "What is measured").
            clock.Stop();
            var walk = GeneratedCorpusImage.FindWalk(corpus);
            clock.Start();
            sum = walk();
        }
        clock.Stop();
        // Then what the garbage collector did meanwhile, for whoever profiles one walk by hand.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clock.Elapsed.TotalMilliseconds} {sum} gc0={GC.CollectionCount(0)} gc1={GC.CollectionCount(1)} gc2={GC.CollectionCount(2)} pause={GC.GetTotalPauseDuration().TotalMilliseconds}ms allocated={GC.GetTotalAllocatedBytes() / 1_000_000}MB"));
    }

    private static double MedianOfRuns(string kind, string path, int runs)
    {
        var times = Enumerable.Range(0, runs).Select(_ => RunInChildProcess(kind, path)).Order().ToArray();
        return times[times.Length / 2];
    }

    private static double RunInChildProcess(string kind, string path)
    {
        string host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true };
        // Started through `dotnet app.dll`, the child needs the same; an apphost starts directly.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }
        foreach (string argument in new[] { ChildSwitch, kind, path })
        {
            start.ArgumentList.Add(argument);
        }
        using var child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {kind} walk failed (exit {child.ExitCode}): {output}");
        }
        return double.Parse(output.Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
