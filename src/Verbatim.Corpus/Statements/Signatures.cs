using System;
using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>Computes an article's <see cref="ArticleSignature"/>: the one per-article step of linking.</summary>
public static class Signatures
{
    /// <summary>The signature of every quote of <paramref name="article"/>, numbered as <see cref="ArticleSpec.Quotes"/>.</summary>
    public static ArticleSignature Of(ArticleSpec article)
    {
        var quotes = new QuoteSignature[article.Quotes.Count];
        var children = article.Quotes.ToLookup(q => q.Parent);
        for (int i = 0; i < quotes.Length; i++)
        {
            var quote = article.Quotes[i];
            var nested = children[i].Select(q => (q.Start, q.Length));
            int continues = i > 0 && Continues(article.Body, Piece(article.Quotes[i - 1]), Piece(quote)) ? i - 1 : -1;
            quotes[i] = Of(i, quote.Id, quote.Speakers.Select(s => s.Id), quote.Kind, quote.Sic, article.Body, quote.Start, quote.Length, nested, continues);
        }
        return new ArticleSignature(article.Id, new EquatableArray<QuoteSignature>(quotes));
    }

    /// <summary>
    /// The signature of one quote, for a caller that numbers an article's quotes its own way (the
    /// generator numbers only the quotes it generates).
    /// </summary>
    /// <param name="index">The quote's number, as the caller will look it up.</param>
    /// <param name="body">The article's body; <paramref name="start"/> and <paramref name="length"/> are the quote's content in it.</param>
    /// <param name="nested">The content of each quote nested directly in this one, as places in <paramref name="body"/>.</param>
    /// <param name="continues">The number of the quote this one continues (<see cref="Continues"/>), or -1.</param>
    public static QuoteSignature Of(
        int index, string? id, IEnumerable<string> speakers, QuoteKind kind, bool sic, string body, int start, int length,
        IEnumerable<(int Start, int Length)> nested, int continues = -1)
    {
        string content = Substring(body, start, length);
        var words = StatementWords.Of(content);
        var nestedWords = new List<int>();
        foreach (var inner in nested)
        {
            int from = inner.Start - start, to = from + inner.Length;
            int first = words.FindIndex(w => w.Start >= from), last = words.FindLastIndex(w => w.Start + w.Length <= to);
            if (first >= 0 && last >= first)
            {
                nestedWords.Add(first);
                nestedWords.Add(last + 1);
            }
        }
        var gaps = new List<int>();
        for (int w = 0; w < words.Count; w++)
        {
            if (words[w].AfterGap)
            {
                gaps.Add(w);
            }
        }
        var texts = new string[words.Count];
        var starts = new int[words.Count];
        var lengths = new int[words.Count];
        for (int w = 0; w < texts.Length; w++)
        {
            (texts[w], starts[w], lengths[w]) = (words[w].Text, words[w].Start, words[w].Length);
        }
        return new QuoteSignature(
            index,
            id,
            speakers.Select(LowerCase).ToEquatableArray(),
            kind,
            sic,
            content,
            new EquatableArray<string>(texts),
            new EquatableArray<int>(starts),
            new EquatableArray<int>(lengths),
            nestedWords.ToEquatableArray(),
            gaps.ToEquatableArray(),
            continues);
    }

    /// <summary>What <see cref="Continues"/> needs of a quote: where its content is, its kind, speakers and parent.</summary>
    public readonly record struct QuotePiece(int Start, int Length, QuoteKind Kind, IEnumerable<string> Speakers, int Parent);

    /// <summary>A quote as <see cref="Continues"/> reads it.</summary>
    public static QuotePiece Piece(QuoteSpec quote) =>
        new(quote.Start, quote.Length, quote.Kind, quote.Speakers.Select(s => s.Id), quote.Parent);

    // Ids are mostly ASCII: they are lowered here, and only others pay for a culture-aware change of case.
    private static string LowerCase(string id)
    {
        bool upper = false;
        foreach (char c in id)
        {
            if (c > 127)
            {
                return id.ToLowerInvariant();
            }
            upper |= c is >= 'A' and <= 'Z';
        }
        if (!upper)
        {
            return id;
        }
        var lower = id.ToCharArray();
        for (int i = 0; i < lower.Length; i++)
        {
            lower[i] = lower[i] is >= 'A' and <= 'Z' ? (char)(lower[i] + ('a' - 'A')) : lower[i];
        }
        return new string(lower);
    }

    /// <summary>
    /// True when <paramref name="next"/> goes on with the sentence <paramref name="previous"/> began,
    /// split around the attribution: both direct, the same speakers, the first ending with no full stop
    /// (<c>“We will,”</c>), and between them, in one paragraph, a short attribution that ends with a
    /// comma (<c>he said,</c>).
    /// </summary>
    public static bool Continues(string body, QuotePiece previous, QuotePiece next)
    {
        const int MaxAttribution = 60;
        if (previous.Kind != QuoteKind.Direct || next.Kind != QuoteKind.Direct || previous.Parent != next.Parent)
        {
            return false;
        }
        int end = previous.Start + previous.Length;
        if (end < 0 || next.Start > body.Length || next.Start - end is < 1 or > MaxAttribution)
        {
            return false;
        }
        string between = body.Substring(end, next.Start - end);
        if (between.IndexOf('\n') >= 0 || between.Trim() is not { Length: > 0 } attribution || attribution[attribution.Length - 1] != ',')
        {
            return false;
        }
        for (int i = Math.Min(end, body.Length) - 1; i >= previous.Start && i >= 0; i--)
        {
            char c = body[i];
            if (char.IsLetterOrDigit(c) || c is '.' or '!' or '?' or ';' or ':' or '…')
            {
                return char.IsLetterOrDigit(c) && previous.Speakers.Any()
                    && previous.Speakers.SequenceEqual(next.Speakers, StringComparer.OrdinalIgnoreCase);
            }
        }
        return false;
    }

    // A quote's span is data: keep it inside the body whatever it says.
    private static string Substring(string body, int start, int length)
    {
        start = Math.Min(Math.Max(start, 0), body.Length);
        return body.Substring(start, Math.Min(Math.Max(length, 0), body.Length - start));
    }
}
