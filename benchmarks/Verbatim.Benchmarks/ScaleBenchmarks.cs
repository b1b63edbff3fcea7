using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Verbatim.Benchmarks.Roslyn;

namespace Verbatim.Benchmarks;

/// <summary>
/// A cold build's work at each corpus size, every method starting from files not read yet:
/// the floor (read and hash every character), Roslyn's driver with a do-nothing generator,
/// Verbatim's generator, Verbatim's analyzer.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private Workload _workload = null!;

    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Current))]
    public int Articles { get; set; }

    /// <summary>Over the news-like corpus instead (set outside BenchmarkDotNet, by the statements benchmark).</summary>
    public bool NewsLike { get; set; }

    [GlobalSetup]
    public void Setup() => _workload = NewsLike ? Workload.NewsLikeFor(Articles) : Workload.For(Articles);

    [Benchmark(Baseline = true)]
    public int ReadAndHash()
    {
        var hash = new HashCode();
        char[] buffer = ArrayPool<char>.Shared.Rent(64 * 1024);
        foreach (var file in _workload.FreshTexts())
        {
            var text = file.GetText()!;
            if (text.Length > buffer.Length)
            {
                ArrayPool<char>.Shared.Return(buffer);
                buffer = ArrayPool<char>.Shared.Rent(text.Length);
            }
            text.CopyTo(0, buffer, 0, text.Length);
            hash.AddBytes(MemoryMarshal.AsBytes(buffer.AsSpan(0, text.Length)));
        }
        ArrayPool<char>.Shared.Return(buffer);
        return hash.ToHashCode();
    }

    [Benchmark]
    public int DoNothingGenerator() => RunCold(new DoNothingGenerator());

    [Benchmark]
    public int Generator() => RunCold(VerbatimComponents.CreateGenerator());

    [Benchmark]
    public async Task<int> Analyzer()
    {
        var options = new AnalyzerOptions(_workload.FreshTexts(), Workload.Properties);
        var analyzers = ImmutableArray.Create(VerbatimComponents.CreateAnalyzer());
        var diagnostics = await _workload.Compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        return diagnostics.Length;
    }

    /// <summary>One more cold run of the generator, for <see cref="OutputDigest"/> (not timed).</summary>
    public string GeneratorDigest() =>
        OutputDigest.Of(_workload.CreateDriver(VerbatimComponents.CreateGenerator(), _workload.FreshTexts()).RunGenerators(_workload.Compilation).GetRunResult());

    /// <summary>One more cold run of the analyzer, for <see cref="OutputDigest"/> (not timed).</summary>
    public string AnalyzerDigest()
    {
        var options = new AnalyzerOptions(_workload.FreshTexts(), Workload.Properties);
        var analyzers = ImmutableArray.Create(VerbatimComponents.CreateAnalyzer());
        return OutputDigest.Of(_workload.Compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
    }

    private int RunCold(IIncrementalGenerator generator) =>
        _workload.CreateDriver(generator, _workload.FreshTexts()).RunGenerators(_workload.Compilation).GetRunResult().GeneratedTrees.Length;
}
