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

    private const int ShingleWords = ShingleIndex.ShingleWords;

    public static List<WordLink> Find(List<QuoteGroup> groups, CancellationToken cancellationToken)
    {
        var index = ShingleIndex.Build(groups, cancellationToken);
        var links = new List<WordLink>();
        // Per group, side by side (read for every holder of every shingle looked up: one cache line, not several):
        // whether it is a candidate of the group at hand and how many rare shingles it shares with it,
        // and what deciding who owns a pair and whether it can link at all reads.
        var tallies = new Tally[groups.Count];
        var facts = new Facts[groups.Count];
        foreach (var group in groups)
        {
            facts[group.Index] = new Facts(group.Words.Length, group.First.Signature.Gaps.Count, group.OnlyArticle);
        }
        var candidates = new List<int>();
        var diagonals = new List<int>();
        var open = new OpenCandidates();
        foreach (var group in groups)
        {
            if ((group.Index & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var (first, end) = index.Of(group.Index);
            int rare = end - first;
            if (rare == 0)
            {
                continue;
            }
            // Prefix filter: a pair this group owns shares at least MinSharedShingles of its rare
            // shingles, so at least one of the (count - needed + 1) rarest; only those are looked up.
            // A group with gaps looks up every shingle (the other side's needs depend on its gaps).
            int probe = group.Gaps is null ? Math.Min(rare, rare - MinSharedShingles(group.Words.Length, facts[group.Index].GapCount) + 1) : rare;
            if (probe <= 0)
            {
                continue;
            }
            int mark = group.Index + 1;
            candidates.Clear();
            // Without gaps every pair the group owns needs the same count (the group is the shorter),
            // so the scan stops once no candidate is still short of it and able to reach it.
            int needed = group.Gaps is null ? MinSharedShingles(group.Words.Length, 0) : int.MaxValue;
            open.Start(needed);
            for (int s = 0; s < rare; s++)
            {
                // Without gaps a group owns only pairs with the groups that rank above it.
                int shingle = index.ByRarity[first + s];
                var (from, to) = index.HoldersOf(shingle);
                if (group.Gaps is null)
                {
                    from = index.HoldersAbove(shingle, group.Index, group.Words.Length);
                }
                // The probed shingles find the candidates; every rare shingle counts what each shares
                // with the group, so only pairs that share enough are compared at all.
                bool probed = s < probe;
                for (int h = from; h < to; h++)
                {
                    int other = index.Holders[h];
                    ref var tally = ref tallies[other];
                    if (tally.Mark == mark)
                    {
                        open.Counted(tally.Shared++, rare - s);
                    }
                    else if (probed)
                    {
                        tally.Mark = mark;
                        // A pair the group does not own never reaches its count (it stays negative).
                        bool owned = other != group.Index && Owns(group.Index, other, facts);
                        tally.Shared = owned ? 1 : int.MinValue;
                        if (owned)
                        {
                            candidates.Add(other);
                            open.Found();
                        }
                    }
                }
                if (s >= probe - 1 && open.NoneLeftAfter(rare - s))
                {
                    break;
                }
            }
            // Only pairs that share enough shingles to match are kept (and sorted, so links come
            // in corpus order); of them only those that pass the cheap bounds are aligned, near
            // the diagonal most of their shingles share.
            KeepThoseThatMayLink(candidates, facts[group.Index], facts, tallies);
            candidates.Sort();
            foreach (int other in candidates)
            {
                var (low, high) = group.Index < other ? (group, groups[other]) : (groups[other], group);
                if (low.Words.Length <= high.Words.Length ? WithinBounds(low, high) : WithinBounds(high, low))
                {
                    Shared(index, low.Index, high.Index, diagonals);
                    if (Verify(low, high, MostCommon(diagonals)) is { } link)
                    {
                        links.Add(link);
                    }
                }
            }
        }
        return links;
    }

    // Enough shared shingles, and not two wordings only one article prints, the same one (they link nothing).
    private static void KeepThoseThatMayLink(List<int> candidates, Facts mine, Facts[] facts, Tally[] tallies)
    {
        int kept = 0;
        for (int c = 0; c < candidates.Count; c++)
        {
            int other = candidates[c];
            Facts theirs = facts[other];
            if (tallies[other].Shared >= MinSharedShingles(Math.Min(mine.Length, theirs.Length), mine.GapCount + theirs.GapCount)
                && !(theirs.OnlyArticle >= 0 && theirs.OnlyArticle == mine.OnlyArticle))
            {
                candidates[kept++] = other;
            }
        }
        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private static bool Owns(int group, int other, Facts[] facts) =>
        Owns(group, facts[group].Length, facts[group].HasGaps, other, facts[other].Length, facts[other].HasGaps);

    /// <summary>
    /// Which of two groups looks the pair up: the one with gaps if one alone has them, else the shorter
    /// (then the first in corpus order). The exact and the partitioned join must agree on it.
    /// </summary>
    internal static bool Owns(int group, int length, bool hasGaps, int other, int otherLength, bool otherHasGaps) =>
        hasGaps != otherHasGaps ? hasGaps
        : length != otherLength ? length < otherLength
        : group < other;

    /// <summary>A group as the group at hand has seen it: <see cref="Mark"/> is that group's index + 1 once it has.</summary>
    private struct Tally
    {
        public int Mark;
        public int Shared;
    }

    /// <summary>What the search reads of a group: its length in words, its gaps, and its one article (or -1 when several print it).</summary>
    private readonly record struct Facts(int Length, int GapCount, int OnlyArticle)
    {
        public bool HasGaps => GapCount > 0;
    }

    // The rare shingles two groups share, as diagonals: where each is in the second minus where in the first.
    private static void Shared(ShingleIndex index, int first, int second, List<int> diagonals)
    {
        diagonals.Clear();
        var (i, iEnd) = index.Of(first);
        var (j, jEnd) = index.Of(second);
        int[] ids = index.Ids;
        while (i < iEnd && j < jEnd)
        {
            if (ids[i] < ids[j])
            {
                i++;
            }
            else if (ids[i] > ids[j])
            {
                j++;
            }
            else
            {
                diagonals.Add(index.Positions[j] - index.Positions[i]);
                i++;
                j++;
            }
        }
    }

    /// <summary>
    /// How many shingles two wordings share at least (the shorter has <paramref name="words"/>
    /// words, the two <paramref name="gaps"/> gaps), if the shorter can match as a whole: each word changed, added or dropped breaks at
    /// most three. Pairs that share fewer are not aligned at all.
    /// </summary>
    /// <remarks>A gap (an ellipsis, the editor's brackets) breaks the shingles across it too.</remarks>
    internal static int MinSharedShingles(int words, int gaps) =>
        Math.Max(1, words - (ShingleWords - 1) - (ShingleWords * Allowed(words)) - ((ShingleWords - 1) * gaps));

    internal static int MostCommon(List<int> diagonals)
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

    /// <summary>Words that may differ in a stretch of <paramref name="words"/> words: one in five.</summary>
    public static int Allowed(int words) => words / 5;

    /// <summary>
    /// Cheap bounds first, the alignment only when they pass: a match of fewer than
    /// <see cref="StatementLinker.StrongWords"/> words needs a speaker in common, and a link needs
    /// as many words in common (counted as multisets) as the shorter has once its allowed edits are
    /// taken off, or <see cref="StatementLinker.OverlapWords"/>. (Words skipped at a gap count as
    /// no edit, so a quote with gaps is always aligned.)
    /// </summary>
    internal static bool WithinBounds(QuoteGroup a, QuoteGroup b)
    {
        if (a.Words.Length < StatementLinker.StrongWords && !a.SharesSpeakerWith(b))
        {
            return false;
        }
        if (a.Gaps is not null || b.Gaps is not null)
        {
            return true;
        }
        int needed = Math.Max(StatementLinker.MinExcerptWords, Math.Min(StatementLinker.OverlapWords, a.Words.Length - Allowed(a.Words.Length)));
        int[] x = a.SortedWords, y = b.SortedWords;
        int common = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] < y[j])
            {
                i++;
            }
            else if (x[i] > y[j])
            {
                j++;
            }
            else
            {
                (common, i, j) = (common + 1, i + 1, j + 1);
            }
        }
        return common >= needed;
    }

    /// <param name="diagonal">Where <paramref name="second"/>'s words sit against <paramref name="first"/>'s: position in second minus position in first.</param>
    internal static WordLink? Verify(QuoteGroup first, QuoteGroup second, int diagonal)
    {
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
