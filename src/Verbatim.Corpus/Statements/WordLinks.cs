using System;
using System.Collections.Generic;
using System.Threading;

namespace Verbatim.Corpus.Statements;

/// <summary>How two wordings relate once aligned.</summary>
internal enum WordLinkKind
{
    /// <summary>The same words, a few changed, added or dropped (or a long stretch the two share).</summary>
    Peer,

    /// <summary>The excerpt's words are a part of the container's.</summary>
    Excerpt,
}

/// <summary>A verified match between two groups' words.</summary>
/// <param name="Excerpt">For <see cref="WordLinkKind.Excerpt"/> the shorter group; for a peer, either.</param>
/// <param name="Container">The other group.</param>
/// <param name="Weak">True when fewer than <see cref="StatementLinker.StrongWords"/> words match: it never joins two statements.</param>
/// <param name="From">Where the match starts in the container's words.</param>
/// <param name="To">Where it ends in the container's words.</param>
internal readonly record struct WordLink(WordLinkKind Kind, int Excerpt, int Container, bool Weak, int From, int To);

/// <summary>
/// Finds the groups whose words match: blocking on shared three-word shingles (a shingle that very
/// many groups hold is boilerplate and is dropped, so no input can make this quadratic), then a
/// banded alignment of each candidate pair to verify it.
/// </summary>
internal static class WordLinks
{
    /// <summary>Shingles held by more groups than this block nothing (boilerplate, or one statement printed everywhere word for word, which grouping already joined).</summary>
    public const int MaxShingleGroups = 48;

    private const int ShingleWords = 3;

    public static List<WordLink> Find(List<QuoteGroup> groups, CancellationToken cancellationToken)
    {
        var postings = Postings(groups, cancellationToken);
        var links = new List<WordLink>();
        // Per other group: how many shingles this group shares with it (reset after each group).
        var sharedCount = new int[groups.Count];
        var touched = new List<int>();
        var diagonals = new Dictionary<int, List<int>>();
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            touched.Clear();
            for (int p = 0; p + ShingleWords <= group.Words.Length; p++)
            {
                if (postings.TryGetValue(Shingle(group.Words, p), out var holders) && holders.Count <= MaxShingleGroups)
                {
                    foreach (var (other, _) in holders)
                    {
                        if (other > group.Index && sharedCount[other]++ == 0)
                        {
                            touched.Add(other);
                        }
                    }
                }
            }
            // Only pairs that share enough shingles to match are aligned, near the diagonal most of them share.
            diagonals.Clear();
            foreach (int other in touched)
            {
                if (sharedCount[other] >= MinSharedShingles(group, groups[other]))
                {
                    diagonals.Add(other, new List<int>(sharedCount[other]));
                }
                sharedCount[other] = 0;
            }
            if (diagonals.Count == 0)
            {
                continue;
            }
            for (int p = 0; p + ShingleWords <= group.Words.Length; p++)
            {
                if (postings.TryGetValue(Shingle(group.Words, p), out var holders) && holders.Count <= MaxShingleGroups)
                {
                    foreach (var (other, at) in holders)
                    {
                        if (diagonals.TryGetValue(other, out var list))
                        {
                            list.Add(at - p);
                        }
                    }
                }
            }
            foreach (int other in touched)
            {
                if (diagonals.TryGetValue(other, out var list) && Verify(group, groups[other], MostCommon(list)) is { } link)
                {
                    links.Add(link);
                }
            }
        }
        return links;
    }

    // Each shingle once per group, with where it first occurs.
    private static Dictionary<long, List<(int Group, int At)>> Postings(List<QuoteGroup> groups, CancellationToken cancellationToken)
    {
        var postings = new Dictionary<long, List<(int, int)>>();
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int p = 0; p + ShingleWords <= group.Words.Length; p++)
            {
                long shingle = Shingle(group.Words, p);
                if (!postings.TryGetValue(shingle, out var holders))
                {
                    postings.Add(shingle, holders = new List<(int, int)>(2));
                }
                if (holders.Count == 0 || holders[holders.Count - 1].Item1 != group.Index)
                {
                    // Past the limit the list only needs to show it is over: stop growing it.
                    if (holders.Count <= MaxShingleGroups)
                    {
                        holders.Add((group.Index, p));
                    }
                }
            }
        }
        return postings;
    }

    /// <summary>
    /// How many shingles two wordings share at
    /// least, if the shorter can match as a whole: each word changed, added or dropped breaks at
    /// most three. Pairs that share fewer are not aligned at all.
    /// </summary>
    /// <remarks>A gap (an ellipsis, the editor's brackets) breaks the shingles across it too.</remarks>
    private static int MinSharedShingles(QuoteGroup first, QuoteGroup second)
    {
        int words = Math.Min(first.Words.Length, second.Words.Length);
        int gaps = first.First.Signature.Gaps.Count + second.First.Signature.Gaps.Count;
        return Math.Max(1, words - (ShingleWords - 1) - (ShingleWords * Allowed(words)) - ((ShingleWords - 1) * gaps));
    }

    private static int MostCommon(List<int> diagonals)
    {
        diagonals.Sort();
        int best = diagonals[0], bestRun = 0;
        for (int i = 0, run = 1; i < diagonals.Count; i++, run++)
        {
            if (i + 1 == diagonals.Count || diagonals[i + 1] != diagonals[i])
            {
                if (run > bestRun)
                {
                    (best, bestRun) = (diagonals[i], run);
                }
                run = 0;
            }
        }
        return best;
    }

    private static long Shingle(int[] words, int at) =>
        unchecked(((long)words[at] * 0x9E3779B1L) ^ ((long)words[at + 1] << 21) ^ ((long)words[at + 2] << 42) ^ words[at + 2]);

    /// <summary>Words that may differ in a stretch of <paramref name="words"/> words: one in five.</summary>
    public static int Allowed(int words) => words / 5;

    /// <param name="diagonal">Where <paramref name="second"/>'s words sit against <paramref name="first"/>'s: position in second minus position in first.</param>
    private static WordLink? Verify(QuoteGroup first, QuoteGroup second, int diagonal)
    {
        if (first.Articles.Count == 1 && second.Articles.Count == 1 && first.Articles[0] == second.Articles[0])
        {
            return null;
        }
        // The shorter is aligned against the longer, near the diagonal of the shingle they share.
        bool firstShorter = first.Words.Length <= second.Words.Length;
        var (a, b) = firstShorter ? (first, second) : (second, first);
        // Words cut at a gap may be many: then the band is the whole of both.
        int band = a.Gaps is null && b.Gaps is null ? Allowed(a.Words.Length) + 4 : a.Words.Length + b.Words.Length;
        var alignment = WordAlignment.Align(a.Words, b.Words, firstShorter ? diagonal : -diagonal, band, a.Gaps, b.Gaps);
        int edits = alignment.Edits, matches = alignment.Matches;
        int region = Math.Max(alignment.AEnd - alignment.AStart, alignment.BEnd - alignment.BStart);
        if (matches < StatementLinker.MinExcerptWords || edits > Allowed(region))
        {
            return null;
        }
        bool weak = matches < StatementLinker.StrongWords;
        if (weak && !a.SharesSpeakerWith(b))
        {
            return null;
        }
        int aLeft = alignment.AStart + (a.Words.Length - alignment.AEnd);
        int bLeft = alignment.BStart + (b.Words.Length - alignment.BEnd);
        bool aWhole = aLeft + edits <= Allowed(a.Words.Length);
        bool bWhole = bLeft + edits <= Allowed(b.Words.Length);
        if (a.IsInsideNested(alignment.AStart, alignment.AEnd) != b.IsInsideNested(alignment.BStart, alignment.BEnd))
        {
            // One side's words are a quote nested in the other side's quote: that nested quote is the match.
            return null;
        }
        if (aWhole && bWhole)
        {
            return new WordLink(WordLinkKind.Peer, a.Index, b.Index, weak, alignment.BStart, alignment.BEnd);
        }
        if (aWhole)
        {
            return new WordLink(WordLinkKind.Excerpt, a.Index, b.Index, weak, alignment.BStart, alignment.BEnd);
        }
        if (bWhole)
        {
            return new WordLink(WordLinkKind.Excerpt, b.Index, a.Index, weak, alignment.AStart, alignment.AEnd);
        }
        // Two cuts of one long statement that overlap.
        return matches >= StatementLinker.OverlapWords
            ? new WordLink(WordLinkKind.Peer, a.Index, b.Index, false, alignment.BStart, alignment.BEnd)
            : null;
    }
}
