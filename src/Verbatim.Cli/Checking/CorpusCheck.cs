using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Verbatim.Cli.Infrastructure;
using Verbatim.Corpus.Resolution;
using Verbatim.Generators.Analysis;

namespace Verbatim.Cli.Checking;

/// <summary>
/// Runs Verbatim's own analyzer over a compilation made of the folder's corpus files, so every id,
/// message, location and severity is the one a build reports. The compilation holds one empty C#
/// file in the corpus folder: the analyzer takes <c>.editorconfig</c> severities from the
/// sections that cover a project's C# files (docs/diagnostics.md says why), and this file stands
/// for them.
/// </summary>
internal static class CorpusCheck
{
    /// <summary>The C# file that stands for a project's own: <c>[*]</c> and <c>[*.cs]</c> sections cover it.</summary>
    public const string StandInFileName = "verbatim-check.cs";

    public static IReadOnlyList<CheckedDiagnostic> Run(CorpusFolder folder, CancellationToken cancellationToken = default)
    {
        var options = new FolderOptions(EditorConfigFiles.Read(folder.Root), folder.Root);
        var standIn = CSharpSyntaxTree.ParseText("", CSharpParseOptions.Default, Path.Combine(folder.Root, StandInFileName), cancellationToken: cancellationToken);
        var compilation = CSharpCompilation.Create(
            "VerbatimCheck",
            new[] { standIn },
            references: null,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSyntaxTreeOptionsProvider(options.Severities));

        var additionalFiles = folder.Files.Select(file => (AdditionalText)new FileAdditionalText(file)).ToImmutableArray();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CorpusAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles, options),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();

        return diagnostics
            .Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Hidden)
            .Select(diagnostic => Place(diagnostic, folder.Root))
            .OrderBy(diagnostic => diagnostic.Path ?? "", Comparer<string>.Create(CorpusOrder.ComparePaths))
            .ThenBy(diagnostic => diagnostic.Line)
            .ThenBy(diagnostic => diagnostic.Column)
            .ThenBy(diagnostic => diagnostic.Id, System.StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Message, System.StringComparer.Ordinal)
            .ToList();
    }

    private static CheckedDiagnostic Place(Diagnostic diagnostic, string root)
    {
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        string title = diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture);
        string? help = string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri;
        if (diagnostic.Location == Location.None)
        {
            return new CheckedDiagnostic(diagnostic.Id, diagnostic.Severity, message, null, 0, 0, 0, 0, title, help);
        }
        var span = diagnostic.Location.GetLineSpan();
        return new CheckedDiagnostic(
            diagnostic.Id,
            diagnostic.Severity,
            message,
            RelativePath.Of(root, span.Path),
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            title,
            help);
    }
}
