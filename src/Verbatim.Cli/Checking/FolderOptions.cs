using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Verbatim.Cli.Checking;

/// <summary>
/// What a build hands the analyzer through options, computed from one <see cref="AnalyzerConfigSet"/>:
/// the per-file editorconfig values, the global ones (with the project folder, as the SDK's
/// generated config gives <c>build_property.ProjectDir</c>), and per-tree severities.
/// </summary>
internal sealed class FolderOptions : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet _set;

    public FolderOptions(AnalyzerConfigSet set, string projectDirectory)
    {
        _set = set;
        var global = set.GlobalConfigOptions.AnalyzerOptions
            .SetItem("build_property.ProjectDir", projectDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar);
        GlobalOptions = new Options(global);
        Severities = new TreeSeverities(set);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>The severities of the compilation's trees, as the compiler's own provider answers them.</summary>
    public SyntaxTreeOptionsProvider Severities { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ForPath(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ForPath(textFile.Path);

    private Options ForPath(string path) => new(_set.GetOptionsForSourcePath(path).AnalyzerOptions);

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string> values) => _values = values.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }

    private sealed class TreeSeverities : SyntaxTreeOptionsProvider
    {
        private readonly AnalyzerConfigSet _set;

        public TreeSeverities(AnalyzerConfigSet set) => _set = set;

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
