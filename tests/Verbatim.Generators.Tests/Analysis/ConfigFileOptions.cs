using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>
/// Diagnostic severities from <c>.editorconfig</c> and <c>.globalconfig</c> texts, read by Roslyn's
/// own parser and handed over the way the compiler does: per syntax tree by the tree's path, plus
/// the global ones.
/// </summary>
internal sealed class ConfigFileOptions : SyntaxTreeOptionsProvider
{
    private readonly AnalyzerConfigSet _configs;

    /// <param name="files">Each config file's path (under <c>/project/</c>) and text.</param>
    public ConfigFileOptions(params (string Path, string Text)[] files) =>
        _configs = AnalyzerConfigSet.Create(files.Select(file => AnalyzerConfig.Parse(file.Text, file.Path)).ToArray());

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _configs.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _configs.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
}
