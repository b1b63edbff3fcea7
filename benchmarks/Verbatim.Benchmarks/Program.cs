using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Verbatim.Benchmarks;
using Verbatim.CorpusSynth;

// dotnet run -c Release --project benchmarks/Verbatim.Benchmarks -- [--quick] [BenchmarkDotNet options, e.g. --filter *Scale*]
//   --quick                         the whole table at 100 and 1,000 articles, a few iterations each
//   --write-corpus <folder> <n>     write the synthetic corpus of n articles (for the compile measurement)
if (args.Length == 3 && args[0] == "--write-corpus")
{
    var corpus = CorpusSynthesizer.Create(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    corpus.WriteTo(args[1]);
    Console.WriteLine($"{corpus.Articles.Count} articles, {corpus.ArticleChars:N0} characters of article text, in {args[1]}");
    return;
}

bool quick = args.Contains("--quick");
BenchmarkSizes.Current = quick ? BenchmarkSizes.Quick : BenchmarkSizes.Full;

// In process: the corpora and the compiled generated corpus are built once per size and shared
// by every benchmark of that size; a process per benchmark would rebuild them each time.
var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance);
job = quick
    ? job.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
    : job.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(10);
var config = DefaultConfig.Instance.AddJob(job.AsDefault());

// Without a filter BenchmarkDotNet would ask which benchmarks to run; the default is all of them.
var switcherArgs = args.Where(arg => arg != "--quick").ToArray();
if (!switcherArgs.Contains("--filter"))
{
    switcherArgs = [.. switcherArgs, "--filter", "*"];
}
var benchmarks = new[] { typeof(ScaleBenchmarks), typeof(EditBenchmarks), typeof(FirstWalkBenchmarks) };
var summaries = BenchmarkSwitcher.FromTypes(benchmarks).Run(switcherArgs, config).ToArray();

Console.WriteLine();
Console.WriteLine(RatioTable.Render(summaries));
