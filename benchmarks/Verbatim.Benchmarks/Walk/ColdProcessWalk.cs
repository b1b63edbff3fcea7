using System;
using System.Collections.Generic;
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

    /// <summary>The header of the rows <see cref="Measure"/> and <see cref="MeasureFolder"/> print.</summary>
    public const string Header = """
        | articles | JSON, fresh process | generated, fresh process | JSON ÷ generated | processor time: JSON | generated | JSON ÷ generated | runs (median) |
        | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        """;

    public static string Measure(int articles, int runs)
    {
        string folder = Directory.CreateTempSubdirectory("verbatim-first-walk-").FullName;
        WriteInputs(folder, articles);
        string row = MeasureFolder(folder, articles.ToString("N0", CultureInfo.InvariantCulture), runs);
        Directory.Delete(folder, recursive: true);
        return row;
    }

    /// <summary>
    /// The walks of a folder <see cref="WriteInputs"/> wrote, generated and JSON alternately (so a change
    /// in the machine's load meets both), with the medians of the clock and of the processor time, which
    /// a shared machine disturbs less.
    /// </summary>
    public static string MeasureFolder(string folder, string label, int runs)
    {
        var (wall, cpu, jsonWall, jsonCpu) = Alternate(folder, "json", JsonFile, runs);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {jsonWall:N1} ms | {wall:N1} ms | {jsonWall / wall:N1}x | {jsonCpu:N1} ms | {cpu:N1} ms | {jsonCpu / cpu:N1}x | {runs} |");
    }

    /// <summary>The header of the rows <see cref="MeasureFloor"/> prints.</summary>
    public const string FloorHeader = """
        | articles | bodies only, fresh process | generated walk | processor time: bodies only | generated walk | walk ÷ floor | runs (median) |
        | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        """;

    /// <summary>
    /// The walk of a folder against its floor: the same assembly's bodies alone, each decoded by the loader's
    /// one body reader and kept (as a walk keeps them), with no article, quote or speaker built.
    /// </summary>
    public static string MeasureFloor(string folder, string label, int runs)
    {
        var (wall, cpu, floorWall, floorCpu) = Alternate(folder, "bodies", AssemblyFile, runs);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {floorWall:N1} ms | {wall:N1} ms | {floorCpu:N1} ms | {cpu:N1} ms | {cpu / floorCpu:N1}x | {runs} |");
    }

    /// <summary>
    /// The generated walk of a folder <see cref="WriteInputs"/> wrote and another child's, alternately (so a change
    /// in the machine's load meets both): the medians of the clock and of the processor time, which a shared
    /// machine disturbs less.
    /// </summary>
    private static (double Wall, double Cpu, double OtherWall, double OtherCpu) Alternate(string folder, string otherKind, string otherFile, int runs)
    {
        var generated = new List<(double Wall, double Cpu)>();
        var other = new List<(double Wall, double Cpu)>();
        for (int run = 0; run < runs; run++)
        {
            generated.Add(RunInChildProcess("generated", Path.Combine(folder, AssemblyFile)));
            other.Add(RunInChildProcess(otherKind, Path.Combine(folder, otherFile)));
        }
        return (Median(generated.Select(walk => walk.Wall)), Median(generated.Select(walk => walk.Cpu)),
            Median(other.Select(walk => walk.Wall)), Median(other.Select(walk => walk.Cpu)));
    }

    private const string AssemblyFile = "Bench.Corpus.dll";
    private const string JsonFile = "corpus.json";

    /// <summary>Writes the two inputs of a walk: the compiled generated corpus and the same corpus as JSON.</summary>
    public static (string Assembly, string Json) WriteInputs(string folder, int articles)
    {
        var workload = Workload.For(articles);
        Directory.CreateDirectory(folder);
        string assembly = Path.Combine(folder, AssemblyFile), json = Path.Combine(folder, JsonFile);
        GeneratedCorpusImage.Compile(workload).Save(assembly);
        File.WriteAllBytes(json, CorpusJsonWriter.ToUtf8(workload.Corpus));
        return (assembly, json);
    }

    /// <summary>In the child process: one walk (<paramref name="kind"/> json, generated, or bodies: the floor), then its time in milliseconds and the walk's sum.</summary>
    public static void RunChild(string kind, string path)
    {
        var process = Process.GetCurrentProcess();
        var cpuAtStart = process.TotalProcessorTime;
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
            var cpuBeforeLookup = process.TotalProcessorTime;
            var walk = GeneratedCorpusImage.FindWalk(corpus, kind == "bodies" ? "Bodies" : "Run");
            cpuAtStart += process.TotalProcessorTime - cpuBeforeLookup;
            clock.Start();
            sum = walk();
        }
        clock.Stop();
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuAtStart).TotalMilliseconds;
        // Then the processor time of every thread meanwhile (a steadier measure than the clock on a shared
        // machine) and what the garbage collector did, for whoever profiles one walk by hand.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clock.Elapsed.TotalMilliseconds} {sum} cpu={cpu:F1}ms gc0={GC.CollectionCount(0)} gc1={GC.CollectionCount(1)} gc2={GC.CollectionCount(2)} pause={GC.GetTotalPauseDuration().TotalMilliseconds}ms allocated={GC.GetTotalAllocatedBytes() / 1_000_000}MB"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    /// <summary>One walk in a new process: its time by the clock and the processor time of all its threads, in milliseconds.</summary>
    private static (double Wall, double Cpu) RunInChildProcess(string kind, string path)
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
        string[] fields = output.Split(' ');
        return (double.Parse(fields[0], CultureInfo.InvariantCulture),
            double.Parse(fields[2]["cpu=".Length..^"ms".Length], CultureInfo.InvariantCulture));
    }
}
