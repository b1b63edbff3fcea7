using System;
using BenchmarkDotNet.Attributes;
using Verbatim.Benchmarks.Walk;

namespace Verbatim.Benchmarks;

/// <summary>
/// Runtime for the user: the first walk of every quote of the generated corpus (loaded fresh each
/// time) against the same corpus read from JSON with System.Text.Json's source-generated context.
/// The JSON side's code is JIT-compiled after the first invocation, which favours JSON.
/// </summary>
[MemoryDiagnoser]
public class FirstWalkBenchmarks
{
    private GeneratedCorpusImage _generated = null!;
    private byte[] _json = null!;

    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Current))]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var workload = Workload.For(Articles);
        _generated = GeneratedCorpusImage.Compile(workload);
        _json = CorpusJsonWriter.ToUtf8(workload.Corpus);
        long generated = _generated.WalkInFreshContext(), json = JsonWalk.Run(_json);
        if (generated != json)
        {
            throw new InvalidOperationException($"The generated corpus and the JSON differ: walk sums {generated} and {json}.");
        }
    }

    [Benchmark(Baseline = true)]
    public long JsonDeserializeAndWalk() => JsonWalk.Run(_json);

    [Benchmark]
    public long GeneratedFirstWalk() => _generated.WalkInFreshContext();
}
