using System;
using System.Collections.Generic;

namespace Verbatim.Corpus.Statements;

/// <summary>A wording's vote at one place: its words there, <c>Words[Range.From..Range.To)</c>.</summary>
internal readonly record struct Vote(Wording Wording, int[] Words, (int From, int To) Range);

/// <summary>
/// Orders the votes at one place (by their index in the list) so that equal words come side by
/// side, each run in vote order; and keeps the arrays the grouping fills, for the next place.
/// </summary>
internal sealed class VotesByWords : IComparer<int>
{
    private readonly List<Vote> _votes;

    public VotesByWords(List<Vote> votes)
    {
        _votes = votes;
    }

    /// <summary>The votes' indexes, to sort.</summary>
    public int[] Sorted { get; private set; } = new int[4];

    /// <summary>Per vote, its group (a run of equal words).</summary>
    public int[] GroupOf { get; private set; } = new int[4];

    /// <summary>Per vote, how many articles print its group's words.</summary>
    public int[] CountOf { get; private set; } = new int[4];

    public void Grow(int votes)
    {
        int length = Math.Max(votes, 2 * Sorted.Length);
        (Sorted, GroupOf, CountOf) = (new int[length], new int[length], new int[length]);
    }

    public int Compare(int x, int y)
    {
        int byWords = CompareWords(_votes[x], _votes[y]);
        return byWords != 0 ? byWords : x.CompareTo(y);
    }

    public bool SameWords(int x, int y) => CompareWords(_votes[x], _votes[y]) == 0;

    // Shorter first, then word by word: any order that keeps equal words together will do.
    private static int CompareWords(Vote x, Vote y)
    {
        int length = x.Range.To - x.Range.From;
        if (length != y.Range.To - y.Range.From)
        {
            return length.CompareTo(y.Range.To - y.Range.From);
        }
        for (int i = 0; i < length; i++)
        {
            int a = x.Words[x.Range.From + i], b = y.Words[y.Range.From + i];
            if (a != b)
            {
                return a.CompareTo(b);
            }
        }
        return 0;
    }
}
