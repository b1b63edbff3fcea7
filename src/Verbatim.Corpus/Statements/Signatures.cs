using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>Computes an article's <see cref="ArticleSignature"/>: the one per-article step of linking.</summary>
public static class Signatures
{
    /// <summary>The signature of every quote of <paramref name="article"/>.</summary>
    public static ArticleSignature Of(ArticleSpec article)
    {
        var quotes = new QuoteSignature[article.Quotes.Count];
        for (int i = 0; i < quotes.Length; i++)
        {
            quotes[i] = Of(article, i);
        }
        return new ArticleSignature(article.Id, new EquatableArray<QuoteSignature>(quotes));
    }

    private static QuoteSignature Of(ArticleSpec article, int index)
    {
        var quote = article.Quotes[index];
        string content = Substring(article.Body, quote.Start, quote.Length);
        var words = StatementWords.Of(content);
        var nested = new List<int>();
        for (int child = index + 1; child < article.Quotes.Count; child++)
        {
            var inner = article.Quotes[child];
            if (inner.Parent != index)
            {
                continue;
            }
            int from = inner.Start - quote.Start, to = from + inner.Length;
            int first = words.FindIndex(w => w.Start >= from), last = words.FindLastIndex(w => w.Start + w.Length <= to);
            if (first >= 0 && last >= first)
            {
                nested.Add(first);
                nested.Add(last + 1);
            }
        }
        return new QuoteSignature(
            index,
            quote.Id,
            quote.Speakers.Select(s => s.Id.ToLowerInvariant()).ToEquatableArray(),
            quote.Kind,
            quote.Sic,
            content,
            words.Select(w => w.Text).ToEquatableArray(),
            words.Select(w => w.Start).ToEquatableArray(),
            words.Select(w => w.Length).ToEquatableArray(),
            Enumerable.Range(0, words.Count).Where(w => words[w].EndsSentence).ToEquatableArray(),
            nested.ToEquatableArray());
    }

    // A malformed quote may run past the body (it never does once parsed, but the spans are data).
    private static string Substring(string body, int start, int length)
    {
        start = System.Math.Min(System.Math.Max(start, 0), body.Length);
        return body.Substring(start, System.Math.Min(System.Math.Max(length, 0), body.Length - start));
    }
}
