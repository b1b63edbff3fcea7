using System;
using System.Collections.Generic;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Finds where a statement's wordings differ, and what most outlets print at each such place: every
/// wording is aligned with the reference wording (the most printed), each stretch where one of them
/// differs is a place, and at each place the wordings that print it vote with their article counts.
/// The words most articles print win; when the top two tie there is no majority, so no misquote.
/// One instance serves the statements of one run in turn: it keeps its working arrays between them.
/// </summary>
internal sealed class WordingVotes
{
    private readonly AlignmentBuffers _buffers = new();
    private readonly List<Aligned> _aligned = new();
    private readonly List<(int From, int To)> _places = new();
    private readonly List<Vote> _votes = new();
    private readonly VotesByWords _byWords;
    private readonly ArticleTally _articles;

    public WordingVotes(int articleCount)
    {
        _byWords = new VotesByWords(_votes);
        _articles = new ArticleTally(articleCount);
    }

    /// <summary>Adds to <paramref name="differences"/> where each of <paramref name="wordings"/>' quotes differs from the others.</summary>
    public void Differences(List<Wording> wordings, Wording reference, List<WordDifference> differences)
    {
        int[] r = reference.Words;
        bool[]? referenceGaps = reference.Gaps;
        _aligned.Clear();
        _places.Clear();
        foreach (var wording in wordings)
        {
            if (!wording.Comparable)
            {
                continue;
            }
            int[] words = ReferenceEquals(wording, reference) ? r : wording.Words;
            // The reference against itself matches word for word, as the alignment would find.
            var alignment = ReferenceEquals(wording, reference)
                ? Alignment.Identity(r.Length)
                : WordAlignment.Align(words, r, 0, Math.Max(words.Length, r.Length), wording.Gaps, referenceGaps, _buffers);
            int region = Math.Max(alignment.AEnd - alignment.AStart, alignment.BEnd - alignment.BStart);
            // A translation or another part of the statement: nothing to compare word by word.
            if (alignment.Matches >= StatementLinker.MinExcerptWords && alignment.Edits <= WordLinks.Allowed(region))
            {
                _aligned.Add(new Aligned(wording, words, alignment));
                AddPlaces(words, r, alignment, _places);
            }
        }
        _places.Sort();
        for (int p = 0; p < _places.Count; p++)
        {
            if (p == 0 || _places[p] != _places[p - 1])
            {
                Vote(_places[p], reference, differences);
            }
        }
    }

    // The wordings that print the place vote; the words of the most articles win.
    private void Vote((int From, int To) place, Wording reference, List<WordDifference> differences)
    {
        _votes.Clear();
        int referenceVote = -1;
        foreach (var aligned in _aligned)
        {
            if (aligned.Alignment.BStart <= place.From && place.To <= aligned.Alignment.BEnd)
            {
                referenceVote = ReferenceEquals(aligned.Wording, reference) ? _votes.Count : referenceVote;
                _votes.Add(new Vote(aligned.Wording, aligned.Words, WordsAt(aligned.Alignment, place)));
            }
        }
        int n = _votes.Count;
        if (_byWords.Sorted.Length < n)
        {
            _byWords.Grow(n);
        }
        var (sorted, groupOf, countOf) = (_byWords.Sorted, _byWords.GroupOf, _byWords.CountOf);
        for (int v = 0; v < n; v++)
        {
            sorted[v] = v;
        }
        // Votes of equal words side by side, each run in vote order: a run is a group, its first vote the group's first.
        Array.Sort(sorted, 0, n, _byWords);
        // Articles, not quotes, vote: an article that prints a wording twice counts once. The top
        // group is the first (in vote order) of those with the most articles.
        int groups = 0, top = -1, topCount = 0, secondCount = 0;
        for (int start = 0, end; start < n; start = end, groups++)
        {
            _articles.Start();
            int count = 0;
            for (end = start; end < n && (end == start || _byWords.SameWords(sorted[start], sorted[end])); end++)
            {
                count += _articles.Add(_votes[sorted[end]].Wording.Articles);
            }
            for (int s = start; s < end; s++)
            {
                (groupOf[sorted[s]], countOf[sorted[s]]) = (groups, count);
            }
            if (top < 0 || count > topCount || (count == topCount && sorted[start] < top))
            {
                secondCount = top < 0 ? secondCount : Math.Max(secondCount, topCount);
                (top, topCount) = (sorted[start], count);
            }
            else
            {
                secondCount = Math.Max(secondCount, count);
            }
        }
        if (groups < 2)
        {
            return;
        }
        bool majority = topCount > secondCount;
        int expectedVote = majority ? top : referenceVote;
        var expected = _votes[expectedVote];
        string expectedText = InContext(expected.Wording.Members[0], expected.Range);
        int expectedGroup = groupOf[expectedVote], expectedCount = countOf[expectedVote];
        _articles.Start();
        int covering = 0;
        foreach (var vote in _votes)
        {
            covering += _articles.Add(vote.Wording.Articles);
        }
        for (int v = 0; v < n; v++)
        {
            if (groupOf[v] == expectedGroup)
            {
                continue;
            }
            var vote = _votes[v];
            foreach (var member in vote.Wording.Members)
            {
                var (start, length) = Span(member, vote.Range);
                differences.Add(new WordDifference(
                    member.Quote.Key, start, length, InContext(member, vote.Range), expectedText, expectedCount, covering, majority));
            }
        }
    }

    // Each stretch where the words differ from the reference, as reference word positions; one where
    // words were only added or only dropped takes the reference word before it (or after), so it has words to show on both sides.
    private static void AddPlaces(int[] words, int[] r, Alignment alignment, List<(int From, int To)> places)
    {
        int lastB = alignment.BStart - 1;
        int runFrom = -1, runTo = -1, gap = -1;
        bool hasA = false, hasB = false, inRun = false;
        var pairs = alignment.Pairs;
        for (int p = 0; p <= pairs.Length; p++)
        {
            var (a, b) = p < pairs.Length ? pairs[p] : (-2, -2);
            bool match = a >= 0 && b >= 0 && words[a] == r[b];
            if (!match && a != -2)
            {
                if (!inRun)
                {
                    (inRun, runFrom, runTo, gap, hasA, hasB) = (true, int.MaxValue, -1, lastB + 1, false, false);
                }
                hasA |= a >= 0;
                if (b >= 0)
                {
                    hasB = true;
                    runFrom = Math.Min(runFrom, b);
                    runTo = Math.Max(runTo, b + 1);
                }
            }
            else if (inRun)
            {
                inRun = false;
                if (!hasB)
                {
                    (runFrom, runTo) = (gap, gap);
                }
                if (!hasA || !hasB)
                {
                    (runFrom, runTo) = runFrom > 0 ? (runFrom - 1, runTo) : (runFrom, Math.Min(runTo + 1, r.Length));
                }
                places.Add((runFrom, runTo));
            }
            if (b >= 0)
            {
                lastB = b;
            }
        }
    }

    // The wording's words at reference positions [From, To), with what it adds inside or at either edge.
    private static (int From, int To) WordsAt(Alignment alignment, (int From, int To) place)
    {
        int lastB = alignment.BStart - 1, from = int.MaxValue, to = -1;
        foreach (var (a, b) in alignment.Pairs)
        {
            bool inside = b >= 0 ? b >= place.From && b < place.To : lastB + 1 >= place.From && lastB + 1 <= place.To;
            if (inside && a >= 0)
            {
                from = Math.Min(from, a);
                to = Math.Max(to, a + 1);
            }
            if (b >= 0)
            {
                lastB = b;
            }
        }
        return to < 0 ? (0, 0) : (from, to);
    }

    // The words with the one before them, so a message reads 'nuclear owners', not 'owners'.
    private static string InContext(Member member, (int From, int To) range)
    {
        int from = range.From > 0 ? range.From - 1 : range.From;
        return range.To > from ? member.Printed(member.From + from, member.From + range.To) : string.Empty;
    }

    private static (int Start, int Length) Span(Member member, (int From, int To) range)
    {
        var s = member.Quote.Signature;
        if (range.To <= range.From)
        {
            return (s.Words.Count > member.From ? s.WordPlace(member.From).Start : 0, 0);
        }
        int first = member.From + range.From, last = member.From + range.To - 1;
        return (s.WordPlace(first).Start, s.WordPlace(last).Start + s.WordPlace(last).Length - s.WordPlace(first).Start);
    }

    private readonly record struct Aligned(Wording Wording, int[] Words, Alignment Alignment);
}
