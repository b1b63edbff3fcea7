using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Verbatim.Benchmarks;
using Verbatim.Benchmarks.Roslyn;
using Verbatim.Benchmarks.Walk;
using Verbatim.CorpusSynth;

// dotnet run -c Release --project benchmarks/Verbatim.Benchmarks -- [--quick] [BenchmarkDotNet options, e.g. --filter *Scale*]
//   --quick                         the whole table at 100 and 1,000 articles, a few iterations each
//   --articles <n>[,<n>...]         the sizes to run at instead
//   --statements [<n>,<n>...]       what linking statements costs: join, cold runs, edits, adversarial corpora
//   --statements-join <n>[,<n>...]  the signatures and the join alone
//   --statements-signatures <n>[,<n>...]  the signature step alone: processor time, allocation, what stays live
//   --statements-adversarial <n>[,<n>...]  the join over the synthetic and the two adversarial corpora
//   --statements-partitioned <n>[,<n>...]  the exact join and the partitioned one, in turn, with digests of their statements
//   --statements-edits <n>[,<n>...]  a prose edit and a one-quote edit through a kept driver, at each size
//   --statements-edit-steps <n>     where an edit inside one quote spends its time, by pipeline step
//   --write-corpus <folder> <n>     write the synthetic corpus of n articles (for the compile measurement)
//   --once generator|analyzer|floor <n>  three cold runs outside BenchmarkDotNet, for a profiler, then the output's digest
//   --once edit <n> [runs]          one-article edits then C# edits (ten each), Verbatim's generator and the do-nothing one
//   --once edit-only <n> [runs]     Verbatim's one-article edits alone, for a profiler of what the IDE pays:
//                                   dotnet-trace collect -- <this> --once edit-only 10000 40
//   --once edit-floor <n> [runs]    the same edits under a generator with one output: Roslyn's passes over every file alone
//   --steps <n>                     where a cold generator run over n articles spends its time, by pipeline step
//   --finder-cpu <n> <runs>         what VQ0010 adds to a cold analyzer run over n articles, by CPU time
//   --cold-walk [runs] [--quick]    the first walk in fresh processes, JSON and generated, at every size
//   --write-walk <folder> <n>       write the compiled corpus of n articles and its JSON, for a profiler of one walk:
//                                   dotnet-trace collect -- <this> --walk-child generated|json <folder>/Bench.Corpus.dll|corpus.json
//   --walk-folder <folder> <runs>   the --cold-walk row of a folder --write-walk wrote (no corpus compiled again)
//   --walk-floor <folder> <runs>    that folder's walk against its floor: only its bodies decoded and kept, no graph built
if (args.Length == 2 && args[0] == "--statements-edit-steps")
{
    StatementCost.EditSteps(int.Parse(args[1], CultureInfo.InvariantCulture));
    return;
}
if (args.Length == 2 && args[0] == "--statements-edits")
{
    StatementCost.Edits(args[1].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray());
    return;
}
if (args.Length == 2 && args[0] == "--statements-adversarial")
{
    StatementCost.Adversarial(args[1].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray());
    return;
}
if (args.Length == 2 && args[0] == "--statements-partitioned")
{
    StatementCost.Partitioned(args[1].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray());
    return;
}
if (args.Length == 2 && args[0] == "--statements-signatures")
{
    SignatureCost.Run(args[1].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray());
    return;
}
if (args.Length == 2 && args[0] == "--statements-join")
{
    StatementCost.Join(args[1].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray());
    return;
}
if (args.Length >= 1 && args[0] == "--statements")
{
    // dotnet run -c Release --project benchmarks/Verbatim.Benchmarks -- --statements [1000,10000]
    StatementCost.Run(args.Length > 1 ? args[1].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray() : new[] { 1_000, 10_000 });
    return;
}
if (args.Length == 3 && args[0] == "--write-corpus")
{
    var corpus = CorpusSynthesizer.Create(int.Parse(args[2], CultureInfo.InvariantCulture));
    corpus.WriteTo(args[1]);
    Console.WriteLine($"{corpus.Articles.Count} articles, {corpus.ArticleChars:N0} characters of article text, in {args[1]}");
    return;
}
if (args.Length == 3 && args[0] == "--write-walk")
{
    ColdProcessWalk.WriteInputs(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
    return;
}
if (args.Length == 3 && args[0] == "--walk-folder")
{
    Console.WriteLine(ColdProcessWalk.Header);
    Console.WriteLine(ColdProcessWalk.MeasureFolder(args[1], Path.GetFileName(Path.TrimEndingDirectorySeparator(args[1])), int.Parse(args[2], CultureInfo.InvariantCulture)));
    return;
}
if (args.Length == 3 && args[0] == "--walk-floor")
{
    Console.WriteLine(ColdProcessWalk.FloorHeader);
    Console.WriteLine(ColdProcessWalk.MeasureFloor(args[1], Path.GetFileName(Path.TrimEndingDirectorySeparator(args[1])), int.Parse(args[2], CultureInfo.InvariantCulture)));
    return;
}
if (args.Length == 3 && args[0] == ColdProcessWalk.ChildSwitch)
{
    ColdProcessWalk.RunChild(args[1], args[2]);
    return;
}
if (args.Length == 2 && args[0] == "--steps")
{
    // Twice: the first run also pays for JIT-compiling the generator.
    StepProfile.Render(int.Parse(args[1], CultureInfo.InvariantCulture));
    Console.WriteLine(StepProfile.Render(int.Parse(args[1], CultureInfo.InvariantCulture)));
    return;
}
if (args.Length is 3 or 4 && args[0] == "--once" && args[1] == "edit")
{
    // Edits (ten, or as many as asked) of one article, then of one C# file, through a kept driver,
    // Verbatim's and the do-nothing generator's: for a profiler, and for sizes BenchmarkDotNet cannot hold (100,000).
    var edits = new EditBenchmarks { Articles = int.Parse(args[2], CultureInfo.InvariantCulture) };
    int runs = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
    edits.SetupVerbatim();
    edits.SetupDoNothing();
    foreach (var (name, edit) in new (string, Func<int>)[]
    {
        ("generator", edits.GeneratorEdit), ("do-nothing generator", edits.DoNothingGeneratorEdit),
        ("generator, C# edit", edits.GeneratorCSharpEdit), ("do-nothing generator, C# edit", edits.DoNothingGeneratorCSharpEdit),
    })
    {
        Console.WriteLine(EditTimes.Render(name, edits.Articles, edit, runs));
    }
    return;
}
if (args.Length is 3 or 4 && args[0] == "--once" && args[1] is "edit-only" or "edit-floor")
{
    // edit-floor: the same edits under a generator with a single output (OneOutputGenerator), what
    // Roslyn's passes over every file cost an edit with nothing per generated file.
    var edits = new EditBenchmarks { Articles = int.Parse(args[2], CultureInfo.InvariantCulture) };
    int runs = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
    bool floor = args[1] == "edit-floor";
    if (floor)
    {
        edits.SetupOneOutput();
    }
    else
    {
        edits.SetupVerbatim();
    }
    Console.WriteLine(EditTimes.Render(floor ? "one-output generator" : "generator", edits.Articles, floor ? edits.OneOutputGeneratorEdit : edits.GeneratorEdit, runs));
    return;
}
if (args.Length == 3 && args[0] == "--once")
{
    // One cold run outside BenchmarkDotNet, for a profiler: dotnet-trace collect -- <this> --once generator 10000
    // (generator, analyzer, or floor: the read and hash of every file that the cold runs are measured against).
    var scale = new ScaleBenchmarks { Articles = int.Parse(args[2], CultureInfo.InvariantCulture) };
    scale.Setup();
    Func<object> work = args[1] switch
    {
        "analyzer" => () => scale.Analyzer().GetAwaiter().GetResult(),
        "floor" => () => scale.ReadAndHash(),
        _ => () => scale.Generator(),
    };
    var process = System.Diagnostics.Process.GetCurrentProcess();
    foreach (string run in new[] { "first run (JIT included)", "second run", "third run" })
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        int collections = GC.CollectionCount(0);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        work();
        process.Refresh();
        Console.WriteLine($"{args[1]}, {scale.Articles:N0} articles, {run}: {clock.ElapsedMilliseconds:N0} ms (CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:N0} ms, " +
            $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:N0} MB allocated, {GC.CollectionCount(0) - collections} collections)");
    }
    if (args[1] is "generator" or "analyzer")
    {
        // A fourth, untimed run: the digest of what it produced, to show a change kept the output.
        Console.WriteLine($"{args[1]}, digest of the output: {(args[1] == "analyzer" ? scale.AnalyzerDigest() : scale.GeneratorDigest())}");
    }
    return;
}
if (args.Length == 3 && args[0] == "--finder-cpu")
{
    // What VQ0010 adds to a cold analyzer run, by CPU time: --finder-cpu <articles> <runs>
    Console.WriteLine(FinderCostBenchmarks.MeasureCpuTime(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture)));
    return;
}
if (args.Length >= 1 && args[0] == "--cold-walk")
{
    int runs = args.Length > 1 && args[1] != "--quick" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
    Console.WriteLine(ColdProcessWalk.Header);
    foreach (int size in args.Contains("--quick") ? BenchmarkSizes.Quick : BenchmarkSizes.Full)
    {
        Console.WriteLine(ColdProcessWalk.Measure(size, runs));
    }
    return;
}

bool quick = args.Contains("--quick");
int sizesAt = Array.IndexOf(args, "--articles");
BenchmarkSizes.Current = sizesAt >= 0 && sizesAt + 1 < args.Length
    ? args[sizesAt + 1].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray()
    : quick ? BenchmarkSizes.Quick : BenchmarkSizes.Full;

// In process: the corpora and the compiled generated corpus are built once per size and shared
// by every benchmark of that size; a process per benchmark would rebuild them each time.
// One cold run over 10,000 articles takes seconds, so a few iterations are all a session can afford;
// the in-process default time limit (5 minutes per benchmark) is too short for them.
var job = Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true))
    .WithLaunchCount(1).WithWarmupCount(1);
// A full run warms up three times: the first runs over 10,000 articles still grow the heap and are slower (docs/performance.md, "What is measured").
job = quick ? job.WithIterationCount(3) : job.WithWarmupCount(3).WithIterationCount(5);
var config = DefaultConfig.Instance.AddJob(job.AsDefault());

// Without a filter BenchmarkDotNet would ask which benchmarks to run; the default is all of them.
var switcherArgs = args.Where((arg, at) => arg != "--quick" && (sizesAt < 0 || (at != sizesAt && at != sizesAt + 1))).ToArray();
if (!switcherArgs.Contains("--filter"))
{
    switcherArgs = [.. switcherArgs, "--filter", "*"];
}
var benchmarks = new[] { typeof(ScaleBenchmarks), typeof(EditBenchmarks), typeof(FirstWalkBenchmarks), typeof(FinderCostBenchmarks) };
var summaries = BenchmarkSwitcher.FromTypes(benchmarks).Run(switcherArgs, config).ToArray();

Console.WriteLine();
Console.WriteLine(RatioTable.Render(summaries));
