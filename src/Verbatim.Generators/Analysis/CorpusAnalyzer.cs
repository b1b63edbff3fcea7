using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Analysis;

/// <summary>
/// Reports the corpus' mistakes (VQ0001–VQ0006, VQ0008, VQ0009) and its unannotated quotations (VQ0010) inside the
/// corpus files, and VQ0007 when the
/// language version is too old for anything to be generated. The rules live in Verbatim.Corpus;
/// this only reads the files, asks the corpus library, and places what it says.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CorpusAnalyzer : DiagnosticAnalyzer
{
    private readonly SourceTextValueProvider<ParsesOfText> _parseCache = ParsedCorpusFile.CreateCache();
    private readonly LastResolution _lastResolution = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UndefinedSpeaker,
        Descriptors.MalformedAnnotation,
        Descriptors.InvalidYaml,
        Descriptors.DuplicateId,
        Descriptors.RenamedMember,
        Descriptors.UnquotedSpeaker,
        Descriptors.UnsupportedLanguageVersion,
        Descriptors.Misquote,
        Descriptors.ConflictingAttribution,
        Descriptors.UnannotatedQuotation);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (!context.Options.AdditionalFiles.Any(file => ParsedCorpusFile.IsCorpusFile(file.Path)))
        {
            return;
        }
        var severities = EditorConfigSeverities.Read(context.Compilation, SupportedDiagnostics, context.CancellationToken);
        var projectDirectory = BuildProperties.ProjectDirectory(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var report = CorpusReport.Read(
            context.Options.AdditionalFiles,
            projectDirectory,
            text => context.TryGetValue(text, _parseCache, out var cached) ? cached : null,
            _lastResolution,
            severities,
            context.CancellationToken);

        // Per file, so an IDE that analyses one additional file gets that file's diagnostics.
        context.RegisterAdditionalFileAction(report.ReportFor);

        if (context.Compilation is CSharpCompilation { LanguageVersion: < LanguageVersion.CSharp8 } compilation)
        {
            var version = compilation.LanguageVersion.ToDisplayString();
            if (severities.Create(Descriptors.UnsupportedLanguageVersion, Location.None, properties: null, version) is { } tooOld)
            {
                context.RegisterCompilationEndAction(end => end.ReportDiagnostic(tooOld));
            }
        }
    }
}
