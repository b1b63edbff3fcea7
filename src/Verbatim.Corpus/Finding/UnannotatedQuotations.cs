using System.Collections.Generic;
using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Finding;

/// <summary>A VQ0010 diagnostic and the quotation it reports, for a code fix to act on.</summary>
public sealed record UnannotatedQuotation(CorpusDiagnostic Diagnostic, FoundQuotation Quotation);

/// <summary>
/// VQ0010: every statement in quotation marks that no annotation covers, located on the quotation,
/// its message naming the likely speaker and the words that point to them. The suggestions are the
/// likely speaker's id, then the other speakers the context names.
/// </summary>
public static class UnannotatedQuotations
{
    public static List<UnannotatedQuotation> Find(string fileText, ArticleParseResult parsed, SpeakerIndex speakers, CancellationToken cancellationToken = default)
    {
        var found = new List<UnannotatedQuotation>();
        var result = QuotationFinder.FindInArticle(fileText, parsed, speakers, cancellationToken);
        if (result.Quotations.Count == 0)
        {
            return found;
        }
        var lines = new LineMap(fileText);
        foreach (var quotation in result.Quotations)
        {
            if (!quotation.IsStatement)
            {
                continue;
            }
            var suggestions = new List<string>();
            string message = CorpusMessages.UnannotatedQuotationNoSpeaker;
            if (quotation.Speaker is { } speaker)
            {
                suggestions.Add(speaker.Id);
                message = speaker.IsDefined
                    ? CorpusMessages.UnannotatedQuotation(speaker.Id, quotation.Cue!)
                    : CorpusMessages.UnannotatedQuotationNewSpeaker(speaker.Id, quotation.Cue!);
            }
            foreach (var alternative in quotation.Alternatives)
            {
                suggestions.Add(alternative.Id);
            }
            var diagnostic = new CorpusDiagnostic(
                DiagnosticIds.UnannotatedQuotation,
                message,
                parsed.Article.Path,
                lines.Span(quotation.Start, quotation.Length),
                new EquatableArray<string>(suggestions));
            found.Add(new UnannotatedQuotation(diagnostic, quotation));
        }
        return found;
    }
}
