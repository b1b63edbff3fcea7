using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Finding;

/// <summary>
/// Finds the quotations of a text that no annotation covers and proposes who spoke each one
/// (see docs/quotation-finder.md). Four passes, each linear in the text: pair the quotation marks,
/// cut the text into tokens, find the names, then look a bounded number of tokens around each
/// quotation for its attribution.
/// </summary>
public static class QuotationFinder
{
    /// <summary>The quotations of a raw article: plain text, no markup.</summary>
    public static FinderResult FindInText(string text, SpeakerIndex speakers, CancellationToken cancellationToken = default) =>
        Find(new FinderText(text, TextStart.AfterByteOrderMark(text), System.Array.Empty<SkippedRange>(), hasMarkup: false), speakers, cancellationToken);

    /// <summary>
    /// The unannotated quotations of an article file's body; offsets are offsets in <paramref name="fileText"/>.
    /// An article whose annotations are malformed (VQ0002) gets none: where its markup ends is unknown.
    /// </summary>
    public static FinderResult FindInArticle(string fileText, ArticleParseResult parsed, SpeakerIndex speakers, CancellationToken cancellationToken = default)
    {
        if (parsed.Diagnostics.Any(d => d.Id == DiagnosticIds.MalformedAnnotation))
        {
            return FinderResult.None;
        }
        int bodyStart = FrontMatterBlock.Find(fileText).BodyStart;
        var skipped = AnnotationRanges.Find(fileText, bodyStart, parsed.Article.Quotes);
        return Find(new FinderText(fileText, bodyStart, skipped, hasMarkup: true), speakers, cancellationToken);
    }

    private static FinderResult Find(FinderText text, SpeakerIndex speakers, CancellationToken cancellationToken)
    {
        // Most annotated articles have nothing left to find: then the words are never read.
        bool mayHoldTurns = TranscriptTurns.MayHold(text);
        if (!mayHoldTurns && !QuotationScanner.MayHoldQuotations(text))
        {
            return new FinderResult(EquatableArray<FoundQuotation>.Empty, text.Steps);
        }
        var quotations = QuotationScanner.Scan(text);
        if (quotations.Count == 0 && !mayHoldTurns)
        {
            return new FinderResult(EquatableArray<FoundQuotation>.Empty, text.Steps);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var tokens = Tokenizer.Tokenize(text, quotations);
        cancellationToken.ThrowIfCancellationRequested();
        var mentions = MentionScanner.Scan(text.Text, tokens, speakers, text);
        var turns = TranscriptTurns.Find(tokens, mentions, text);
        if (quotations.Count == 0 && turns.Count == 0)
        {
            return new FinderResult(EquatableArray<FoundQuotation>.Empty, text.Steps);
        }
        var attributor = new Attributor(text, tokens, quotations, mentions, speakers);
        var found = new List<FoundQuotation>(quotations.Count + turns.Count);
        int nextTurn = 0;
        for (int q = 0; q < quotations.Count; q++)
        {
            if ((q & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            // Turns hold no quotation (one ends a turn), so they slot in between, each shifting the parents after it.
            while (nextTurn < turns.Count && turns[nextTurn].ContentStart < quotations[q].Start)
            {
                found.Add(attributor.Turn(turns[nextTurn++]));
            }
            var quotation = attributor.Attribute(q);
            found.Add(quotation.Parent < 0 ? quotation : quotation with { Parent = quotation.Parent + nextTurn });
        }
        while (nextTurn < turns.Count)
        {
            found.Add(attributor.Turn(turns[nextTurn++]));
        }
        return new FinderResult(new EquatableArray<FoundQuotation>(found), text.Steps);
    }
}
