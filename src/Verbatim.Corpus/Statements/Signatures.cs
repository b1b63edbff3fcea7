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
            quotes[i] = Of(i, quote.Id, quote.Speakers.Select(s => s.Id), quote.Kind, quote.Sic, article.Body, quote.Start, quote.Length, nested);
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
    public static QuoteSignature Of(
        int index, string? id, IEnumerable<string> speakers, QuoteKind kind, bool sic, string body, int start, int length,
        IEnumerable<(int Start, int Length)> nested)
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
            speakers.Select(s => s.ToLowerInvariant()).ToEquatableArray(),
            kind,
            sic,
            content,
            new EquatableArray<string>(texts),
            new EquatableArray<int>(starts),
            new EquatableArray<int>(lengths),
            nestedWords.ToEquatableArray());
    }

    // A quote's span is data: keep it inside the body whatever it says.
    private static string Substring(string body, int start, int length)
    {
        start = System.Math.Min(System.Math.Max(start, 0), body.Length);
        return body.Substring(start, System.Math.Min(System.Math.Max(length, 0), body.Length - start));
    }
}
