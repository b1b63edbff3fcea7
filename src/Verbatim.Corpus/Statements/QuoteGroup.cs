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
/// <remarks>
/// Most groups hold one quote: what they keep of their quotes is what the search reads (the one
/// article, the speakers), and the speakers are the first quote's own until another adds some.
/// </remarks>
internal sealed class QuoteGroup
{
    // Up to this many speakers are looked up in the first quote's own array; more get a set.
    private const int FewSpeakers = 4;

    private int[]? _sortedWords;
    // Every quote's speakers, once they are more than the first quote's few.
    private HashSet<string>? _speakers;

    public QuoteGroup(int index, LinkQuote first)
    {
        Index = index;
        Words = first.Words;
        First = first;
        Gaps = first.Gaps;
        OnlyArticle = first.Article;
    }

    public int Index { get; }

    public int[] Words { get; }

    /// <summary>The word ids ascending: what a cheap bound on the words two groups share reads.</summary>
    public int[] SortedWords => _sortedWords ??= Sorted(Words);

    public LinkQuote First { get; }

    /// <summary>Where the group's words have gaps (its quotes all have them in the same places).</summary>
    public bool[]? Gaps { get; }

    /// <summary>The one article that prints all its quotes, or -1 when several do.</summary>
    public int OnlyArticle { get; private set; }

    public EquatableArray<int> Nested => First.Signature.Nested;

    /// <summary>Adds a quote of the group, the first one first.</summary>
    public void Add(LinkQuote quote)
    {
        if (quote.Article != OnlyArticle)
        {
            OnlyArticle = -1;
        }
        var speakers = quote.Signature.Speakers;
        if (_speakers is null && (speakers.Count > FewSpeakers || !AllIn(speakers, First.Signature.Speakers)))
        {
            _speakers = new HashSet<string>(First.Signature.Speakers, System.StringComparer.Ordinal);
        }
        if (_speakers is not null)
        {
            foreach (var speaker in speakers)
            {
                _speakers.Add(speaker);
            }
        }
    }

    private static bool AllIn(EquatableArray<string> speakers, EquatableArray<string> few)
    {
        foreach (var speaker in speakers)
        {
            if (!Contains(few, speaker))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Contains(EquatableArray<string> few, string speaker)
    {
        foreach (var other in few)
        {
            if (string.Equals(other, speaker, System.StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private bool HasSpeaker(string speaker) => _speakers?.Contains(speaker) ?? Contains(First.Signature.Speakers, speaker);

    private static int[] Sorted(int[] words)
    {
        var sorted = (int[])words.Clone();
        System.Array.Sort(sorted);
        return sorted;
    }

    public bool SharesSpeakerWith(QuoteGroup other)
    {
        if (_speakers is not null)
        {
            foreach (var speaker in _speakers)
            {
                if (other.HasSpeaker(speaker))
                {
                    return true;
                }
            }
            return false;
        }
        foreach (var speaker in First.Signature.Speakers)
        {
            if (other.HasSpeaker(speaker))
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
