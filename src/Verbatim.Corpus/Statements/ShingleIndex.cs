using System;
using System.Collections.Generic;
using System.Threading;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// The three-word shingles of every group, as flat sorted arrays: each shingle a dense id, each
/// group's rare shingles (held by at most <see cref="WordLinks.MaxShingleGroups"/> groups) sorted by
/// id with where each first occurs, and the groups holding each rare shingle. Arrays, not
/// dictionaries of lists or an array per group: the corpus' millions of shingles cost a few
/// allocations, and the collector has next to nothing to trace.
/// </summary>
internal sealed class ShingleIndex
{
    public const int ShingleWords = 3;

    private readonly int[] _groupStart;
    private readonly int[] _holderStart;
    private readonly long[] _holderKeys;

    private ShingleIndex(int[] groupStart, int[] ids, int[] positions, int[] byRarity, int[] holderStart, int[] holders, long[] holderKeys)
    {
        (_groupStart, Ids, Positions, ByRarity, _holderStart, Holders, _holderKeys) =
            (groupStart, ids, positions, byRarity, holderStart, holders, holderKeys);
    }

    /// <summary>Every group's rare shingles' ids, ascending, one group after another: see <see cref="Of"/>.</summary>
    public int[] Ids { get; }

    /// <summary>Where each of <see cref="Ids"/> first occurs in its group's words.</summary>
    public int[] Positions { get; }

    /// <summary>Every group's rare shingles' ids again, the rarest first (ties by id): what the prefix filter looks up.</summary>
    public int[] ByRarity { get; }

    /// <summary>Every rare shingle's holders, one shingle after another: see <see cref="HoldersOf"/>.</summary>
    public int[] Holders { get; }

    /// <summary>Where the rare shingles of <paramref name="group"/> are in <see cref="Ids"/>, <see cref="Positions"/> and <see cref="ByRarity"/>.</summary>
    public (int From, int To) Of(int group) => (_groupStart[group], _groupStart[group + 1]);

    /// <summary>Where the groups that hold the rare shingle <paramref name="id"/> are in <see cref="Holders"/>, by <see cref="Rank"/>.</summary>
    public (int From, int To) HoldersOf(int id) => (_holderStart[id], _holderStart[id + 1]);

    /// <summary>
    /// Where the holders of <paramref name="id"/> that rank above <paramref name="group"/> (longer,
    /// or as long and later) start in <see cref="Holders"/>; <paramref name="group"/> holds the shingle.
    /// </summary>
    public int HoldersAbove(int id, int group, int words) => FirstAbove(_holderKeys, _holderStart[id], _holderStart[id + 1], Rank(group, words));

    /// <summary>Where in <c>[low, high)</c> of the ascending <paramref name="keys"/> the first key above <paramref name="rank"/> is (a plain search: no comparer per step).</summary>
    internal static int FirstAbove(long[] keys, int low, int high, long rank)
    {
        while (low < high)
        {
            int middle = low + ((high - low) >> 1);
            if (keys[middle] <= rank)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>Groups ranked by their length in words, then by index (corpus order): both joins rank holders so.</summary>
    internal static long Rank(int group, int words) => ((long)words << 32) | (uint)group;

    public static ShingleIndex Build(List<QuoteGroup> groups, CancellationToken cancellationToken)
    {
        // 1. Each group's distinct shingles, at their first place, packed as (id << 32 | place) and sorted.
        int total = 0;
        foreach (var group in groups)
        {
            total += Math.Max(0, group.Words.Length - (ShingleWords - 1));
        }
        // Sized as it fills: a table for every shingle would spread the few distinct ones of a corpus
        // that repeats its phrases over many cache lines.
        var idOf = new DenseIds(1024);
        var counts = new int[total];
        var packed = new long[total];
        int end = 0;
        var allStart = new int[groups.Count + 1];
        for (int g = 0; g < groups.Count; g++)
        {
            if ((g & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int[] words = groups[g].Words;
            int start = end;
            for (int p = 0; p + ShingleWords <= words.Length; p++)
            {
                packed[end++] = ((long)idOf.IdOf(Shingle(words, p), out _) << 32) | (uint)p;
            }
            Array.Sort(packed, start, end - start);
            int kept = start;
            for (int i = start; i < end; i++)
            {
                if (i == start || (packed[i] >> 32) != (packed[kept - 1] >> 32))
                {
                    packed[kept++] = packed[i];
                    counts[(int)(packed[i] >> 32)]++;
                }
            }
            end = kept;
            allStart[g + 1] = end;
        }
        int shingleCount = idOf.Count;

        // 2. The rare ones, per group and per shingle.
        bool Rare(long entry) => counts[(int)(entry >> 32)] <= WordLinks.MaxShingleGroups;
        var holderStart = new int[shingleCount + 1];
        for (int id = 0; id < shingleCount; id++)
        {
            holderStart[id + 1] = holderStart[id] + (counts[id] <= WordLinks.MaxShingleGroups ? counts[id] : 0);
        }
        int rareCount = holderStart[shingleCount];
        var holders = new int[rareCount];
        var filled = new int[shingleCount];
        var groupStart = new int[groups.Count + 1];
        var ids = new int[rareCount];
        var positions = new int[rareCount];
        var byRarity = new int[rareCount];
        var rarity = new List<long>();
        int r = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            rarity.Clear();
            for (int i = allStart[g]; i < allStart[g + 1]; i++)
            {
                if (Rare(packed[i]))
                {
                    int id = (int)(packed[i] >> 32);
                    (ids[r], positions[r]) = (id, (int)(packed[i] & 0xFFFFFFFF));
                    rarity.Add(((long)counts[id] << 32) | (uint)id);
                    r++;
                }
            }
            rarity.Sort();
            for (int i = 0; i < rarity.Count; i++)
            {
                byRarity[groupStart[g] + i] = (int)(rarity[i] & 0xFFFFFFFF);
            }
            groupStart[g + 1] = r;
        }

        // 3. Each shingle's holders by rank, so a group finds the ones it may own (the longer) at once:
        // filled group by group in rank order, they need no sort.
        var byRank = new long[groups.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            byRank[g] = Rank(g, groups[g].Words.Length);
        }
        Array.Sort(byRank);
        var holderKeys = new long[holders.Length];
        foreach (long rank in byRank)
        {
            int g = (int)(rank & 0xFFFFFFFF);
            for (int i = groupStart[g]; i < groupStart[g + 1]; i++)
            {
                int at = holderStart[ids[i]] + filled[ids[i]]++;
                (holders[at], holderKeys[at]) = (g, rank);
            }
        }
        return new ShingleIndex(groupStart, ids, positions, byRarity, holderStart, holders, holderKeys);
    }

    private static ulong Shingle(int[] words, int at) =>
        unchecked((ulong)(((long)words[at] * 0x9E3779B1L) ^ ((long)words[at + 1] << 21) ^ ((long)words[at + 2] << 42) ^ words[at + 2]));
}
