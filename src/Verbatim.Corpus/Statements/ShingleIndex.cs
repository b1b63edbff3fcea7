using System;
using System.Collections.Generic;
using System.Threading;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// The three-word shingles of every group, as flat sorted arrays: each shingle a dense id, each
/// group's rare shingles (held by at most <see cref="WordLinks.MaxShingleGroups"/> groups) sorted by
/// id with where each first occurs, and the groups holding each rare shingle. Arrays, not
/// dictionaries of lists: the corpus' millions of shingles cost a few allocations.
/// </summary>
internal sealed class ShingleIndex
{
    public const int ShingleWords = 3;

    private readonly int[] _holderStart;

    private readonly long[] _holderKeys;

    private ShingleIndex(int[][] ids, int[][] positions, int[][] byRarity, int[] holderStart, int[] holders, long[] holderKeys, int[] counts)
    {
        (Ids, Positions, ByRarity, _holderStart, Holders, _holderKeys, Counts) = (ids, positions, byRarity, holderStart, holders, holderKeys, counts);
    }

    /// <summary>Per group: its rare shingles' ids, ascending.</summary>
    public int[][] Ids { get; }

    /// <summary>Per group: where each of <see cref="Ids"/> first occurs in its words.</summary>
    public int[][] Positions { get; }

    /// <summary>Per group: its rare shingles' ids, the rarest first (ties by id): what the prefix filter looks up.</summary>
    public int[][] ByRarity { get; }

    /// <summary>Per shingle id: how many groups hold it.</summary>
    public int[] Counts { get; }

    /// <summary>Every rare shingle's holders, one shingle after another: see <see cref="HoldersOf"/>.</summary>
    public int[] Holders { get; }

    /// <summary>Where the groups that hold the rare shingle <paramref name="id"/> are in <see cref="Holders"/>, by <see cref="Rank"/>.</summary>
    public (int From, int To) HoldersOf(int id) => (_holderStart[id], _holderStart[id + 1]);

    /// <summary>
    /// Where the holders of <paramref name="id"/> that rank above <paramref name="group"/> (longer,
    /// or as long and later) start in <see cref="Holders"/>; <paramref name="group"/> holds the shingle.
    /// </summary>
    public int HoldersAbove(int id, int group, int words)
    {
        int from = _holderStart[id];
        int at = Array.BinarySearch(_holderKeys, from, _holderStart[id + 1] - from, Rank(group, words));
        return at >= 0 ? at + 1 : ~at;
    }

    /// <summary>Groups ranked by their length in words, then by index.</summary>
    private static long Rank(int group, int words) => ((long)words << 32) | (uint)group;

    public static ShingleIndex Build(List<QuoteGroup> groups, CancellationToken cancellationToken)
    {
        var idOf = new Dictionary<long, int>();
        var counts = new List<int>();
        var all = new (int Id, int At)[groups.Count][];
        var buffer = new List<(int Id, int At)>();
        for (int g = 0; g < groups.Count; g++)
        {
            if ((g & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int[] words = groups[g].Words;
            buffer.Clear();
            for (int p = 0; p + ShingleWords <= words.Length; p++)
            {
                long shingle = Shingle(words, p);
                if (!idOf.TryGetValue(shingle, out int id))
                {
                    idOf.Add(shingle, id = counts.Count);
                    counts.Add(0);
                }
                buffer.Add((id, p));
            }
            // Each shingle once per group, at its first place.
            buffer.Sort();
            var distinct = new List<(int, int)>(buffer.Count);
            for (int i = 0; i < buffer.Count; i++)
            {
                if (i == 0 || buffer[i].Id != buffer[i - 1].Id)
                {
                    distinct.Add(buffer[i]);
                    counts[buffer[i].Id]++;
                }
            }
            all[g] = distinct.ToArray();
        }

        var ids = new int[groups.Count][];
        var positions = new int[groups.Count][];
        var byRarity = new int[groups.Count][];
        var rarity = new List<long>();
        var holderStart = new int[counts.Count + 1];
        for (int id = 0; id < counts.Count; id++)
        {
            holderStart[id + 1] = holderStart[id] + (counts[id] <= WordLinks.MaxShingleGroups ? counts[id] : 0);
        }
        var holders = new int[holderStart[counts.Count]];
        var filled = new int[counts.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            int rare = 0;
            foreach (var (id, _) in all[g])
            {
                rare += counts[id] <= WordLinks.MaxShingleGroups ? 1 : 0;
            }
            (ids[g], positions[g]) = (new int[rare], new int[rare]);
            int r = 0;
            foreach (var (id, at) in all[g])
            {
                if (counts[id] <= WordLinks.MaxShingleGroups)
                {
                    (ids[g][r], positions[g][r]) = (id, at);
                    r++;
                    holders[holderStart[id] + filled[id]++] = g;
                }
            }
            rarity.Clear();
            foreach (int id in ids[g])
            {
                rarity.Add(((long)counts[id] << 32) | (uint)id);
            }
            rarity.Sort();
            byRarity[g] = new int[rarity.Count];
            for (int i = 0; i < rarity.Count; i++)
            {
                byRarity[g][i] = (int)(rarity[i] & 0xFFFFFFFF);
            }
        }
        // Each shingle's holders by rank, so a group finds the ones it may own (the longer) at once.
        var holderKeys = new long[holders.Length];
        for (int h = 0; h < holders.Length; h++)
        {
            holderKeys[h] = Rank(holders[h], groups[holders[h]].Words.Length);
        }
        for (int id = 0; id < counts.Count; id++)
        {
            if (holderStart[id + 1] - holderStart[id] > 1)
            {
                Array.Sort(holderKeys, holders, holderStart[id], holderStart[id + 1] - holderStart[id]);
            }
        }
        return new ShingleIndex(ids, positions, byRarity, holderStart, holders, holderKeys, counts.ToArray());
    }

    private static long Shingle(int[] words, int at) =>
        unchecked(((long)words[at] * 0x9E3779B1L) ^ ((long)words[at + 1] << 21) ^ ((long)words[at + 2] << 42) ^ words[at + 2]);
}
