using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Finding;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Generators.Analysis;

/// <summary>
/// VQ0010 for one compilation: the articles and the corpus' speakers, searched file by file as
/// each is reported (an IDE that analyses one file searches only that one). The speaker index is
/// built once, by the first file that needs it.
/// </summary>
internal sealed class QuotationReport
{
    private readonly Dictionary<AdditionalText, (SourceText Text, ArticleParseResult Article)> _articles;
    private readonly Lazy<SpeakerIndex> _speakers;
    private readonly EditorConfigSeverities _severities;

    public QuotationReport(
        Dictionary<AdditionalText, (SourceText Text, ArticleParseResult Article)> articles,
        EquatableArray<SpeakerSpec> speakers,
        EditorConfigSeverities severities)
    {
        _articles = articles;
        _speakers = new Lazy<SpeakerIndex>(() => SpeakerIndex.Create(speakers), LazyThreadSafetyMode.ExecutionAndPublication);
        _severities = severities;
    }

    public void ReportFor(AdditionalFileAnalysisContext context)
    {
        if (!_articles.TryGetValue(context.AdditionalFile, out var article))
        {
            return;
        }
        var path = context.AdditionalFile.Path;
        foreach (var found in UnannotatedQuotations.Find(article.Text.ToString(), article.Article, _speakers.Value, context.CancellationToken))
        {
            var properties = DiagnosticProperties.WithSuggestions(found.Diagnostic.Suggestions);
            if (found.Quotation.Speaker is { IsDefined: false } speaker)
            {
                properties = DiagnosticProperties.WithNewSpeaker(properties, speaker.Name, speaker.Role);
            }
            if (CorpusDiagnosticMapper.ToDiagnostic(found.Diagnostic, path, article.Text, properties, _severities) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
