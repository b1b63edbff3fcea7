using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Verbatim.Benchmarks.Roslyn;

namespace Verbatim.Benchmarks;

/// <summary>
/// What the quotation finder (VQ0010) adds to a cold analyzer run: the same run with VQ0010 on, as
/// by default, and turned off in the configuration, which skips the finder entirely.
/// </summary>
[MemoryDiagnoser]
public class FinderCostBenchmarks
{
    private Workload _workload = null!;
    private Compilation _withoutFinder = null!;

    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Current))]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.For(Articles);
        _withoutFinder = _workload.Compilation.WithOptions(_workload.Compilation.Options.WithSyntaxTreeOptionsProvider(new QuotationFinderOff()));
    }

    [Benchmark(Baseline = true)]
    public Task<int> AnalyzerWithoutFinder() => RunCold(_withoutFinder);

    [Benchmark]
    public Task<int> Analyzer() => RunCold(_workload.Compilation);

    private async Task<int> RunCold(Compilation compilation)
    {
        var options = new AnalyzerOptions(_workload.FreshTexts(), BuildProperties.ForBenchmarkProject);
        var analyzers = ImmutableArray.Create(VerbatimComponents.CreateAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        return diagnostics.Length;
    }

    /// <summary><c>dotnet_diagnostic.VQ0010.severity = none</c> for every file, as an <c>.editorconfig</c> would say it.</summary>
    private sealed class QuotationFinderOff : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Suppress;
            return diagnosticId == "VQ0010";
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }
}
