using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
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
    private Compilation _withFinder = null!;
    private Compilation _withoutFinder = null!;

    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Current))]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.For(Articles);
        // Both with a configuration, so the only difference is what it says of VQ0010.
        _withFinder = _workload.Compilation.WithOptions(_workload.Compilation.Options.WithSyntaxTreeOptionsProvider(new Severities(finderOff: false)));
        _withoutFinder = _workload.Compilation.WithOptions(_workload.Compilation.Options.WithSyntaxTreeOptionsProvider(new Severities(finderOff: true)));
    }

    [Benchmark(Baseline = true)]
    public Task<int> AnalyzerWithoutFinder() => RunCold(_withoutFinder);

    [Benchmark]
    public Task<int> Analyzer() => RunCold(_withFinder);

    /// <summary>
    /// The same two runs outside BenchmarkDotNet, alternated, timed by the CPU time the process
    /// spends (less disturbed than wall time on a machine others share): the medians, on and off.
    /// </summary>
    public static string MeasureCpuTime(int articles, int runs)
    {
        var benchmarks = new FinderCostBenchmarks { Articles = articles };
        benchmarks.Setup();
        var on = new List<double>();
        var off = new List<double>();
        for (int run = -1; run < runs; run++)
        {
            // Alternated, so neither always runs just after the other's garbage.
            double withFinder = 0, withoutFinder = 0;
            if (run % 2 == 0)
            {
                withFinder = CpuMilliseconds(() => benchmarks.Analyzer().GetAwaiter().GetResult());
                withoutFinder = CpuMilliseconds(() => benchmarks.AnalyzerWithoutFinder().GetAwaiter().GetResult());
            }
            else
            {
                withoutFinder = CpuMilliseconds(() => benchmarks.AnalyzerWithoutFinder().GetAwaiter().GetResult());
                withFinder = CpuMilliseconds(() => benchmarks.Analyzer().GetAwaiter().GetResult());
            }
            // The first pair pays for JIT compilation.
            if (run >= 0)
            {
                on.Add(withFinder);
                off.Add(withoutFinder);
            }
        }
        double medianOn = Median(on), medianOff = Median(off);
        return string.Create(CultureInfo.InvariantCulture,
            $"{articles:N0} articles, CPU time of a cold analyzer run (median of {runs}): VQ0010 on {medianOn:N0} ms, off {medianOff:N0} ms, on ÷ off {medianOn / medianOff:0.000}");
    }

    private static double CpuMilliseconds(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        run();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private async Task<int> RunCold(Compilation compilation)
    {
        var options = new AnalyzerOptions(_workload.FreshTexts(), Workload.Properties);
        var analyzers = ImmutableArray.Create(VerbatimComponents.CreateAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        return diagnostics.Length;
    }

    /// <summary>An <c>.editorconfig</c> that says nothing, or <c>dotnet_diagnostic.VQ0010.severity = none</c> for every file.</summary>
    private sealed class Severities(bool finderOff) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Suppress;
            return finderOff && diagnosticId == "VQ0010";
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }
}
