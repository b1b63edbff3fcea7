using System;
using System.Collections.Concurrent;
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

    /// <summary>Both forms of each size, made once: compiling the generated corpus is the slow part of setting up.</summary>
    private static readonly ConcurrentDictionary<int, (GeneratedCorpusImage Generated, byte[] Json)> BySize = new();

    [GlobalSetup]
    public void Setup() => (_generated, _json) = BySize.GetOrAdd(Articles, Prepare);

    private static (GeneratedCorpusImage, byte[]) Prepare(int articles)
    {
        var workload = Workload.For(articles);
        var generated = GeneratedCorpusImage.Compile(workload);
        byte[] json = CorpusJsonWriter.ToUtf8(workload.Corpus);
        long generatedSum = generated.WalkInFreshContext(), jsonSum = JsonWalk.Run(json);
        if (generatedSum != jsonSum)
        {
            throw new InvalidOperationException($"The generated corpus and the JSON differ: walk sums {generatedSum} and {jsonSum}.");
        }
        return (generated, json);
    }

    [Benchmark(Baseline = true)]
    public long JsonDeserializeAndWalk() => JsonWalk.Run(_json);

    [Benchmark]
    public long GeneratedFirstWalk() => _generated.WalkInFreshContext();
}
