using System;
using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// The shingles of one partition, or of the corpus, that more than <see cref="WordLinks.MaxShingleGroups"/>
/// groups hold (boilerplate: they find no candidates), and whether two different shingles there share a
/// hash, which sends the corpus to the exact join (<see cref="StatementLinker"/>), so a hash never decides a result.
/// Shingles are told apart by their words' 64-bit hashes; two words that share one send the corpus
/// to the exact join at the merge.
/// </summary>
public sealed class BlockedShingles : IEquatable<BlockedShingles>
{
    private readonly HashSet<ulong> _set;

    internal BlockedShingles(EquatableArray<ulong> hashes, bool collides) =>
        (Hashes, Collides, _set) = (hashes, collides, new HashSet<ulong>(hashes));

    /// <summary>Ascending.</summary>
    internal EquatableArray<ulong> Hashes { get; }

    internal bool Collides { get; }

    internal bool Contains(ulong hash) => _set.Contains(hash);

    /// <summary>The blocked shingles of one partition (round one of the join).</summary>
    public static BlockedShingles Of(PartitionView<ArticleShingles> view)
    {
        int total = 0;
        foreach (var slice in view.Slices)
        {
            total += slice.To - slice.From;
        }
        var hashes = new ulong[total];
        var holders = new Holder[total];
        int k = 0;
        foreach (var slice in view.Slices)
        {
            for (int i = slice.From; i < slice.To; i++, k++)
            {
                long posting = slice.Article.Postings[i];
                var quote = slice.Article.Quotes[(int)(posting >> 32)];
                var words = quote.Signature.Words;
                int at = quote.Positions[(int)posting];
                (hashes[k], holders[k]) = (quote.Hashes[(int)posting], new Holder(words[at].Hash, words[at + 1].Hash, quote.Wording));
            }
        }
        Array.Sort(hashes, holders);
        var blocked = new List<ulong>();
        bool collides = false;
        var wordings = new HashSet<ulong>();
        for (int run = 0, end; run < total; run = end)
        {
            var first = holders[run];
            for (end = run; end < total && hashes[end] == hashes[run]; end++)
            {
                collides = collides || holders[end].First != first.First || holders[end].Second != first.Second;
            }
            // No more holders than that, no more groups.
            if (end - run > WordLinks.MaxShingleGroups && Groups(holders, run, end, wordings) > WordLinks.MaxShingleGroups)
            {
                blocked.Add(hashes[run]);
            }
        }
        return new BlockedShingles(blocked.ToEquatableArray(), collides);
    }

    /// <summary>
    /// A posting as round one reads it: its shingle's first two word hashes (with the shingle's hash,
    /// which is invertible in the third, they are the three) and its quote's wording key.
    /// </summary>
    private readonly record struct Holder(ulong First, ulong Second, ulong Wording);

    private static int Groups(Holder[] holders, int from, int to, HashSet<ulong> wordings)
    {
        wordings.Clear();
        for (int i = from; i < to; i++)
        {
            wordings.Add(holders[i].Wording);
        }
        return wordings.Count;
    }

    /// <summary>The corpus' blocked shingles: every partition's.</summary>
    public static BlockedShingles Union(IEnumerable<BlockedShingles> partitions)
    {
        var all = partitions.ToList();
        var hashes = all.SelectMany(p => p.Hashes).ToArray();
        Array.Sort(hashes);
        return new BlockedShingles(new EquatableArray<ulong>(hashes), all.Any(p => p.Collides));
    }

    public bool Equals(BlockedShingles? other) => other is not null && Collides == other.Collides && Hashes.Equals(other.Hashes);

    public override bool Equals(object? obj) => Equals(obj as BlockedShingles);

    public override int GetHashCode() => Hashes.GetHashCode();
}
