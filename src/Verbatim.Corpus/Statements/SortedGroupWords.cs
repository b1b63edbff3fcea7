using System;
using System.Collections.Generic;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// The word ids of the groups the cheap bounds read, each group's ascending, one after another in
/// one flat array, sorted on the group's first bound: an array per group would be as many objects
/// for the collector to trace, and most groups of a corpus never reach the bounds.
/// </summary>
internal sealed class SortedGroupWords
{
    private readonly List<QuoteGroup> _groups;
    // Per group where its words start in Words, plus one; 0 until they are sorted.
    private readonly int[] _startPlusOne;
    private int _end;

    public SortedGroupWords(List<QuoteGroup> groups) => (_groups, _startPlusOne, Words) = (groups, new int[groups.Count], new int[1024]);

    /// <summary>The sorted words of every group <see cref="Of"/> has given so far.</summary>
    public int[] Words { get; private set; }

    /// <summary>Where the sorted words of <paramref name="group"/> start in <see cref="Words"/> (they are as many as its words).</summary>
    public int Of(int group)
    {
        if (_startPlusOne[group] == 0)
        {
            int[] words = _groups[group].Words;
            if (_end + words.Length > Words.Length)
            {
                var grown = new int[Math.Max(Words.Length * 2, _end + words.Length)];
                Array.Copy(Words, grown, _end);
                Words = grown;
            }
            Array.Copy(words, 0, Words, _end, words.Length);
            Array.Sort(Words, _end, words.Length);
            _startPlusOne[group] = _end + 1;
            _end += words.Length;
        }
        return _startPlusOne[group] - 1;
    }
}
