using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>A quote as linking sees it: its signature, its article, its words as ids.</summary>
internal sealed class LinkQuote
{
    public LinkQuote(int article, string articleId, QuoteSignature signature, int[] words)
    {
        (Article, Key, Signature, Words) = (article, new QuoteKey(articleId, signature.Index), signature, words);
        if (signature.Gaps.Count > 0)
        {
            Gaps = new bool[words.Length];
            foreach (int word in signature.Gaps)
            {
                Gaps[word] = true;
            }
        }
    }

    /// <summary>The article's place in corpus order.</summary>
    public int Article { get; }

    public QuoteKey Key { get; }

    public QuoteSignature Signature { get; }

    public int[] Words { get; }

    /// <summary>Per word, true when a gap (an ellipsis, the editor's brackets) stands before it; null when there is none.</summary>
    public bool[]? Gaps { get; }

    /// <summary>The node of the link graph the quote belongs to: its group's, or its own.</summary>
    public int Node { get; set; }
}

/// <summary>
/// Direct quotes that print the very same words (after normalization) with the same nested quotes:
/// they are compared once. A short wording (under <see cref="StatementLinker.StrongWords"/> words)
/// is grouped by its speakers too, since a few words alone are no evidence of one statement.
/// </summary>
internal sealed class QuoteGroup
{
    private int[]? _sortedWords;

    public QuoteGroup(int index, LinkQuote first)
    {
        Index = index;
        Words = first.Words;
        First = first;
        Gaps = first.Gaps;
    }

    public int Index { get; }

    public int[] Words { get; }

    /// <summary>The word ids ascending: what a cheap bound on the words two groups share reads.</summary>
    public int[] SortedWords => _sortedWords ??= Sorted(Words);

    public LinkQuote First { get; }

    /// <summary>Where the group's words have gaps (its quotes all have them in the same places).</summary>
    public bool[]? Gaps { get; }

    public List<LinkQuote> Quotes { get; } = new();

    /// <summary>The distinct articles of <see cref="Quotes"/>, in corpus order.</summary>
    public List<int> Articles { get; } = new();

    public HashSet<string> Speakers { get; } = new(System.StringComparer.Ordinal);

    public EquatableArray<int> Nested => First.Signature.Nested;

    public void Add(LinkQuote quote)
    {
        Quotes.Add(quote);
        if (Articles.Count == 0 || Articles[Articles.Count - 1] != quote.Article)
        {
            Articles.Add(quote.Article);
        }
        foreach (var speaker in quote.Signature.Speakers)
        {
            Speakers.Add(speaker);
        }
    }

    private static int[] Sorted(int[] words)
    {
        var sorted = (int[])words.Clone();
        System.Array.Sort(sorted);
        return sorted;
    }

    public bool SharesSpeakerWith(QuoteGroup other)
    {
        foreach (var speaker in Speakers)
        {
            if (other.Speakers.Contains(speaker))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the words <c>[from, to)</c> all lie inside one nested quote: another speaker's words.</summary>
    public bool IsInsideNested(int from, int to)
    {
        for (int n = 0; n + 1 < Nested.Count; n += 2)
        {
            if (from >= Nested[n] && to <= Nested[n + 1])
            {
                return true;
            }
        }
        return false;
    }
}
