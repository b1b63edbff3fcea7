using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Analysis;

/// <summary>
/// The diagnostics of one compilation's corpus, read and resolved once, waiting to be reported
/// file by file.
/// </summary>
internal sealed class CorpusReport
{
    private readonly Dictionary<AdditionalText, List<Diagnostic>> _byFile;
    private readonly QuotationReport? _quotations;

    private CorpusReport(Dictionary<AdditionalText, List<Diagnostic>> byFile, QuotationReport? quotations)
    {
        _byFile = byFile;
        _quotations = quotations;
    }

    /// <param name="projectDirectory">The project folder (see <see cref="BuildProperties.ProjectDirectory"/>), or null when the build does not say.</param>
    /// <param name="cacheFor">The parse cache entry of a text, when Roslyn keeps one.</param>
    public static CorpusReport Read(
        IEnumerable<AdditionalText> additionalFiles,
        string? projectDirectory,
        Func<SourceText, ParsesOfText?> cacheFor,
        LastResolution lastResolution,
        EditorConfigSeverities severities,
        CancellationToken cancellationToken)
    {
        // 1. The corpus files, once each (an item listed twice is one file), in path order.
        var files = new Dictionary<string, (AdditionalText File, SourceText Text)>(StringComparer.Ordinal);
        var corpusFiles = additionalFiles
            .Where(file => ParsedCorpusFile.IsCorpusFile(file.Path))
            .OrderBy(file => file.Path, StringComparer.Ordinal);
        foreach (var file in corpusFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!files.ContainsKey(file.Path) && file.GetText(cancellationToken) is { } text)
            {
                files.Add(file.Path, (file, text));
            }
        }

        // 2. Each file parsed on its own (cached by text across compilations).
        var parsedFiles = files.Values
            .OrderBy(entry => entry.File.Path, StringComparer.Ordinal)
            .Select(entry => ParsedCorpusFile.Get(entry.File.Path, entry.Text, cacheFor(entry.Text), cancellationToken))
            .ToList();

        // 3. The corpus as a whole: every diagnostic, parsing ones included (resolved again only
        // when a corpus file or the project folder changed).
        var resolved = lastResolution.Get(parsedFiles, projectDirectory, () => CorpusResolver.Resolve(
            parsedFiles.Select(parsed => parsed.Registry).OfType<RegistryParseResult>(),
            parsedFiles.Select(parsed => parsed.Article).OfType<ArticleParseResult>(),
            PathInMessages(projectDirectory),
            cancellationToken));

        // 4. Each diagnostic placed in the file it names.
        var byFile = files.Values.ToDictionary(entry => entry.File, _ => new List<Diagnostic>());
        foreach (var corpusDiagnostic in resolved.Diagnostics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!files.TryGetValue(corpusDiagnostic.Path, out var target))
            {
                continue;
            }
            var properties = DiagnosticProperties.WithSuggestions(corpusDiagnostic.Suggestions);
            if (CorpusDiagnosticMapper.ToDiagnostic(corpusDiagnostic, target.File.Path, target.Text, properties, severities) is { } diagnostic)
            {
                byFile[target.File].Add(diagnostic);
            }
        }
        // 5. Unannotated quotations (VQ0010), found per file when that file is reported, with the corpus' speakers.
        var quotations = severities.IsOff(Descriptors.UnannotatedQuotation)
            ? null
            : new QuotationReport(
                files.Values.OrderBy(entry => entry.File.Path, StringComparer.Ordinal)
                    .Zip(parsedFiles, (entry, parsed) => (entry.File, entry.Text, parsed.Article))
                    .Where(entry => entry.Article is not null)
                    .ToDictionary(entry => entry.File, entry => (entry.Text, entry.Article!)),
                resolved.Speakers.Speakers,
                severities);
        return new CorpusReport(byFile, quotations);
    }

    // A message names another corpus file the way a reader finds it in the project, as
    // Article.SourcePath does; with no project folder known, by the path the compiler gave.
    private static Func<string, string> PathInMessages(string? projectDirectory) =>
        projectDirectory is null ? path => path : path => CorpusPaths.RelativeTo(path, projectDirectory);

    public void ReportFor(AdditionalFileAnalysisContext context)
    {
        if (_byFile.TryGetValue(context.AdditionalFile, out var diagnostics))
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
        _quotations?.ReportFor(context);
    }
}
