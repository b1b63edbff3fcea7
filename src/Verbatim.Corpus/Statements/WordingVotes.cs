using System;
using System.Collections.Generic;
using System.Linq;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Finds where a statement's wordings differ, and what most outlets print at each such place: every
/// wording is aligned with the reference wording (the most printed), each stretch where one of them
/// differs is a place, and at each place the wordings that print it vote with their article counts.
/// The words most articles print win; when the top two tie there is no majority, so no misquote.
/// </summary>
internal static class WordingVotes
{
    public static List<WordDifference> Differences(List<Wording> wordings, Wording reference)
    {
        int[] r = reference.Words;
        bool[]? referenceGaps = reference.Gaps;
        var aligned = new List<(Wording Wording, int[] Words, Alignment Alignment)>();
        foreach (var wording in wordings.Where(w => w.Comparable))
        {
            int[] words = ReferenceEquals(wording, reference) ? r : wording.Words;
            // The reference against itself matches word for word, as the alignment would find.
            var alignment = ReferenceEquals(wording, reference)
                ? Alignment.Identity(r.Length)
                : WordAlignment.Align(words, r, 0, Math.Max(words.Length, r.Length), wording.Gaps, referenceGaps);
            int region = Math.Max(alignment.AEnd - alignment.AStart, alignment.BEnd - alignment.BStart);
            // A translation or another part of the statement: nothing to compare word by word.
            if (alignment.Matches >= StatementLinker.MinExcerptWords && alignment.Edits <= WordLinks.Allowed(region))
            {
                aligned.Add((wording, words, alignment));
            }
        }
        var places = new SortedSet<(int From, int To)>();
        foreach (var (_, words, alignment) in aligned)
        {
            foreach (var place in Places(words, r, alignment))
            {
                places.Add(place);
            }
        }

        var differences = new List<WordDifference>();
        foreach (var place in places)
        {
            var votes = aligned
                .Where(a => a.Alignment.BStart <= place.From && place.To <= a.Alignment.BEnd)
                .Select(a => (a.Wording, Range: WordsAt(a.Alignment, place), a.Words))
                .Select(v => (v.Wording, v.Range, Key: string.Join(" ", v.Words.Skip(v.Range.From).Take(v.Range.To - v.Range.From))))
                .ToList();
            // Articles, not quotes, vote: an article that prints a wording twice counts once.
            var counts = votes
                .GroupBy(v => v.Key, StringComparer.Ordinal)
                .Select(g => (Key: g.Key, Count: g.SelectMany(v => v.Wording.Articles).Distinct().Count()))
                .OrderByDescending(c => c.Count)
                .ToList();
            if (counts.Count < 2)
            {
                continue;
            }
            bool majority = counts[0].Count > counts[1].Count;
            var expected = majority ? votes.First(v => v.Key == counts[0].Key) : votes.First(v => ReferenceEquals(v.Wording, reference));
            string expectedText = InContext(expected.Wording.Members[0], expected.Range);
            int expectedCount = counts.First(c => c.Key == expected.Key).Count;
            int covering = votes.SelectMany(v => v.Wording.Articles).Distinct().Count();
            foreach (var vote in votes.Where(v => v.Key != expected.Key))
            {
                foreach (var member in vote.Wording.Members)
                {
                    var (start, length) = Span(member, vote.Range);
                    differences.Add(new WordDifference(
                        member.Quote.Key, start, length, InContext(member, vote.Range), expectedText, expectedCount, covering, majority));
                }
            }
        }
        return differences;
    }

    // Each stretch where the words differ from the reference, as reference word positions; one where
    // words were only added or only dropped takes the reference word before it (or after), so it has words to show on both sides.
    private static IEnumerable<(int From, int To)> Places(int[] words, int[] r, Alignment alignment)
    {
        int lastB = alignment.BStart - 1;
        int runFrom = -1, runTo = -1, gap = -1;
        bool hasA = false, hasB = false, inRun = false;
        foreach (var (a, b) in alignment.Pairs.Concat(new[] { (-2, -2) }))
        {
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
                yield return (runFrom, runTo);
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
}
