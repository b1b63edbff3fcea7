using System;
using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>Computes an article's <see cref="ArticleSignature"/>: the one per-article step of linking.</summary>
public static class Signatures
{
    /// <summary>The signature of every quote of <paramref name="article"/>, numbered as <see cref="ArticleSpec.Quotes"/>.</summary>
    public static ArticleSignature Of(ArticleSpec article)
    {
        var quotes = new QuoteInput[article.Quotes.Count];
        for (int i = 0; i < quotes.Length; i++)
        {
            var quote = article.Quotes[i];
            var speakers = new string[quote.Speakers.Count];
            for (int s = 0; s < speakers.Length; s++)
            {
                speakers[s] = quote.Speakers[s].Id;
            }
            quotes[i] = new QuoteInput(quote.Id, speakers, quote.Kind, quote.Sic, quote.Start, quote.Length, quote.Parent);
        }
        return Of(article.Id, article.Body, quotes);
    }

    /// <summary>
    /// The signature of every quote of an article, for a caller that holds its quotes its own way
    /// (the generator holds only the quotes it generates), numbered as <paramref name="quotes"/>.
    /// </summary>
    /// <param name="body">The article's body, where every quote's content is.</param>
    public static ArticleSignature Of(string articleId, string body, IReadOnlyList<QuoteInput> quotes)
    {
        var signatures = new QuoteSignature[quotes.Count];
        var reader = new WordReader();
        var nested = Nesting(quotes);
        for (int i = 0; i < signatures.Length; i++)
        {
            var quote = quotes[i];
            int continues = i > 0 && Continues(body, quotes[i - 1], quote) ? i - 1 : -1;
            signatures[i] = Of(reader, i, quote, body, nested.Children(i), continues);
        }
        return new ArticleSignature(articleId, new EquatableArray<QuoteSignature>(signatures));
    }

    /// <summary>
    /// The signature of one quote, for a caller that numbers an article's quotes its own way.
    /// </summary>
    /// <param name="index">The quote's number, as the caller will look it up.</param>
    /// <param name="body">The article's body; <paramref name="start"/> and <paramref name="length"/> are the quote's content in it.</param>
    /// <param name="nested">The content of each quote nested directly in this one, as places in <paramref name="body"/>.</param>
    /// <param name="continues">The number of the quote this one continues (<see cref="Continues"/>), or -1.</param>
    public static QuoteSignature Of(
        int index, string? id, IEnumerable<string> speakers, QuoteKind kind, bool sic, string body, int start, int length,
        IEnumerable<(int Start, int Length)> nested, int continues = -1) =>
        Of(
            new WordReader(),
            index,
            new QuoteInput(id, new List<string>(speakers), kind, sic, start, length, -1),
            body,
            new List<(int Start, int Length)>(nested),
            continues);

    private static QuoteSignature Of(
        WordReader reader, int index, QuoteInput quote, string body, IReadOnlyList<(int Start, int Length)> nested, int continues)
    {
        // A quote's span is data: keep it inside the body whatever it says.
        int start = Math.Min(Math.Max(quote.Start, 0), body.Length);
        int length = Math.Min(Math.Max(quote.Length, 0), body.Length - start);
        StatementWords.Read(body, start, length, reader);
        var speakers = new string[quote.Speakers.Count];
        for (int s = 0; s < speakers.Length; s++)
        {
            speakers[s] = LowerCase(quote.Speakers[s]);
        }
        return new QuoteSignature(
            index,
            quote.Id,
            new EquatableArray<string>(speakers),
            quote.Kind,
            quote.Sic,
            body,
            start,
            length,
            reader.Text(),
            new EquatableArray<SignatureWord>(reader.Words()),
            NestedWords(reader, quote.Start, nested),
            new EquatableArray<int>(reader.Gaps()),
            continues);
    }

    // The words of each nested quote, as the first word inside it and the first after it.
    private static EquatableArray<int> NestedWords(WordReader words, int start, IReadOnlyList<(int Start, int Length)> nested)
    {
        if (nested.Count == 0)
        {
            return EquatableArray<int>.Empty;
        }
        var ranges = new List<int>(nested.Count * 2);
        foreach (var inner in nested)
        {
            int from = inner.Start - start, to = from + inner.Length;
            int first = 0;
            while (first < words.Count && words.Start(first) < from)
            {
                first++;
            }
            int last = words.Count - 1;
            while (last >= 0 && words.Start(last) + words.Length(last) > to)
            {
                last--;
            }
            if (first < words.Count && last >= first)
            {
                ranges.Add(first);
                ranges.Add(last + 1);
            }
        }
        return new EquatableArray<int>(ranges.ToArray());
    }

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
    public static bool Continues(string body, QuoteInput previous, QuoteInput next)
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
        if (!IsAttribution(body, end, next.Start))
        {
            return false;
        }
        for (int i = Math.Min(end, body.Length) - 1; i >= previous.Start && i >= 0; i--)
        {
            char c = body[i];
            if (char.IsLetterOrDigit(c) || c is '.' or '!' or '?' or ';' or ':' or '…')
            {
                return char.IsLetterOrDigit(c) && previous.Speakers.Count > 0 && SameSpeakers(previous.Speakers, next.Speakers);
            }
        }
        return false;
    }

    // The text between two quotes is an attribution when it is on one line and, trimmed, ends with a comma.
    private static bool IsAttribution(string body, int from, int to)
    {
        int last = to - 1;
        for (int i = from; i < to; i++)
        {
            if (body[i] == '\n')
            {
                return false;
            }
        }
        while (last >= from && char.IsWhiteSpace(body[last]))
        {
            last--;
        }
        return last >= from && body[last] == ',';
    }

    private static bool SameSpeakers(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        if (first.Count != second.Count)
        {
            return false;
        }
        for (int i = 0; i < first.Count; i++)
        {
            if (!string.Equals(first[i], second[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    // Which quotes each quote holds directly, in document order, with one list per holder.
    private static Nested Nesting(IReadOnlyList<QuoteInput> quotes)
    {
        Dictionary<int, List<(int Start, int Length)>>? children = null;
        for (int i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].Parent >= 0)
            {
                children ??= new Dictionary<int, List<(int Start, int Length)>>();
                if (!children.TryGetValue(quotes[i].Parent, out var list))
                {
                    children.Add(quotes[i].Parent, list = new List<(int Start, int Length)>());
                }
                list.Add((quotes[i].Start, quotes[i].Length));
            }
        }
        return new Nested(children);
    }

    private readonly struct Nested
    {
        private static readonly (int Start, int Length)[] s_none = Array.Empty<(int Start, int Length)>();
        private readonly Dictionary<int, List<(int Start, int Length)>>? _children;

        public Nested(Dictionary<int, List<(int Start, int Length)>>? children) => _children = children;

        public IReadOnlyList<(int Start, int Length)> Children(int quote) =>
            _children is not null && _children.TryGetValue(quote, out var list) ? list : s_none;
    }
}

/// <summary>What a signature reads of one quote, whichever model holds it.</summary>
/// <param name="Id">The quote id, or null.</param>
/// <param name="Speakers">The speaker ids as written (the signature lowers them).</param>
/// <param name="Kind">The quote's kind.</param>
/// <param name="Sic">True when the annotation says the outlet printed these words so.</param>
/// <param name="Start">Offset of the content in the article's body.</param>
/// <param name="Length">Length of the content, nested quotes' words included.</param>
/// <param name="Parent">The number of the quote that holds this one directly, or -1.</param>
public readonly record struct QuoteInput(
    string? Id, IReadOnlyList<string> Speakers, QuoteKind Kind, bool Sic, int Start, int Length, int Parent);
