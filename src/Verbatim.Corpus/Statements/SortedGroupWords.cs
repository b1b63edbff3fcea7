using System;
using System.Collections.Generic;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Every group's word ids ascending, in one flat array, each group's sorted on its first bound:
/// the cheap bounds read them for the groups they reach, and an array per group would be as many
/// objects for the collector to trace.
/// </summary>
internal sealed class SortedGroupWords
{
    private readonly List<QuoteGroup> _groups;
    private readonly int[] _start;
    private readonly bool[] _sorted;

    public SortedGroupWords(List<QuoteGroup> groups)
    {
        _groups = groups;
        _start = new int[groups.Count + 1];
        for (int g = 0; g < groups.Count; g++)
        {
            _start[g + 1] = _start[g] + groups[g].Words.Length;
        }
        Words = new int[_start[groups.Count]];
        _sorted = new bool[groups.Count];
    }

    /// <summary>Every group's words, one group after another; a group's are sorted once <see cref="Of"/> has given them.</summary>
    public int[] Words { get; }

    /// <summary>Where the sorted words of <paramref name="group"/> start in <see cref="Words"/> (they are as many as its words).</summary>
    public int Of(int group)
    {
        int start = _start[group];
        if (!_sorted[group])
        {
            int[] words = _groups[group].Words;
            Array.Copy(words, 0, Words, start, words.Length);
            Array.Sort(Words, start, words.Length);
            _sorted[group] = true;
        }
        return start;
    }
}
