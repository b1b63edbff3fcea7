using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>
/// The diagnostic severities of a <c>.globalconfig</c>, read by Roslyn's own parser and applied the
/// way the compiler applies them: diagnostics located in additional files only follow global options.
/// </summary>
internal sealed class GlobalConfigOptions : SyntaxTreeOptionsProvider
{
    private readonly ImmutableDictionary<string, ReportDiagnostic> _severities;

    public GlobalConfigOptions(string globalConfig)
    {
        var config = AnalyzerConfig.Parse(globalConfig, "/project/.globalconfig");
        _severities = AnalyzerConfigSet.Create(new[] { config }).GlobalConfigOptions.TreeOptions;
    }

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _severities.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _severities.TryGetValue(diagnosticId, out severity);
}
