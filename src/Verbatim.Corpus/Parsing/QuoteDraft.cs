using System;
using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Parsing;

/// <summary>
/// An annotation while its body is being read. Malformed ones stay drafts so their <c>}</c> still
/// matches, but only well-formed ones become quotes.
/// </summary>
internal sealed class QuoteDraft
{
    public QuoteDraft(AnnotationHeader header, int openAt, QuoteDraft? parent, int bodyStart)
    {
        Header = header;
        OpenAt = openAt;
        Parent = parent;
        Depth = parent is null ? 1 : parent.Depth + 1;
        BodyStart = bodyStart;
        IsQuote = header.IsValid;
        OpeningSpan = header.SpanOf(openAt, header.ContentStart - openAt);
    }

    public AnnotationHeader Header { get; }

    /// <summary>Offset of the <c>{@</c> in the file.</summary>
    public int OpenAt { get; }

    public QuoteDraft? Parent { get; }

    public int Depth { get; }

    public int BodyStart { get; }

    public int BodyEnd { get; set; }

    public bool IsQuote { get; set; }

    public bool IsTooDeep { get; set; }

    /// <summary>The 1-based line of the <c>{@</c>, the line its opening span starts on.</summary>
    public int Line => OpeningSpan.StartLine + 1;

    public SourceSpan OpeningSpan { get; }

    // Set by ToQuotes: its index among the quotes (-1 when it is none), and that of the nearest enclosing quote (-1 when none).
    private int _quoteIndex;
    private int _enclosingQuote;

    /// <summary>
    /// The quotes of <paramref name="drafts"/> (in document order), each pointing to the nearest enclosing
    /// quote; a quote id already used in the article (case-insensitively) is reported and dropped.
    /// </summary>
    public static EquatableArray<QuoteSpec> ToQuotes(List<QuoteDraft> drafts, string body, DiagnosticBag diagnostics)
    {
        // Sized for every draft, and cut to the quotes' count only when some draft is no quote.
        var quotes = new QuoteSpec[drafts.Count];
        int count = 0;
        // Most quotes have no id, and duplicates are rare: both sets are made when first needed.
        HashSet<string>? usedIds = null, writtenIds = null;
        foreach (var draft in drafts)
        {
            // Parents come before children, so the parent's answers are known here.
            var parent = draft.Parent;
            draft._enclosingQuote = parent is null ? -1 : parent.IsQuote ? parent._quoteIndex : parent._enclosingQuote;
            draft._quoteIndex = -1;
            if (!draft.IsQuote)
            {
                continue;
            }
            var header = draft.Header;
            string? id = header.QuoteId;
            SourceSpan? idSpan = id is null ? null : header.SpanOf(header.QuoteIdStart, id.Length);
            if (id is not null && !(usedIds ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(id))
            {
                writtenIds ??= WrittenIds(drafts);
                var rename = new EquatableArray<string>(new[] { FreeQuoteId.After(id, writtenIds) });
                diagnostics.Add(DiagnosticIds.DuplicateId, CorpusMessages.DuplicateQuoteId(id), header.QuoteIdStart, id.Length, rename);
                id = null;
                idSpan = null;
            }
            draft._quoteIndex = count;
            int length = draft.BodyEnd - draft.BodyStart;
            quotes[count++] = new QuoteSpec(
                id,
                idSpan,
                header.Speakers,
                header.Kind,
                draft.BodyStart,
                length,
                QuoteText.Of(body, draft.BodyStart, length),
                draft.Line,
                draft._enclosingQuote,
                draft.OpeningSpan,
                header.Sic);
        }
        if (count < quotes.Length)
        {
            Array.Resize(ref quotes, count);
        }
        return new EquatableArray<QuoteSpec>(quotes);
    }

    private static HashSet<string> WrittenIds(List<QuoteDraft> drafts) => new(
        drafts.Where(draft => draft.IsQuote).Select(draft => draft.Header.QuoteId).OfType<string>(),
        StringComparer.OrdinalIgnoreCase);
}
