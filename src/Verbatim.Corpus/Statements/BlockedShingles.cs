using System;
using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// The shingles of one partition, or of the corpus, that more than <see cref="WordLinks.MaxShingleGroups"/>
/// groups hold (boilerplate: they find no candidates), and whether two different shingles there share a
/// hash, which sends the corpus to the exact join (<see cref="StatementLinker"/>), so a hash never decides a result.
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
        var holders = new List<(ulong Hash, QuoteShingles Quote, int Shingle)>();
        foreach (var slice in view.Slices)
        {
            for (int i = slice.From; i < slice.To; i++)
            {
                long posting = slice.Article.Postings[i];
                var quote = slice.Article.Quotes[(int)(posting >> 32)];
                holders.Add((quote.Hashes[(int)posting], quote, (int)posting));
            }
        }
        holders.Sort((x, y) => x.Hash.CompareTo(y.Hash));
        var blocked = new List<ulong>();
        bool collides = false;
        var wordings = new HashSet<ulong>();
        for (int run = 0, end; run < holders.Count; run = end)
        {
            var first = holders[run];
            wordings.Clear();
            for (end = run; end < holders.Count && holders[end].Hash == first.Hash; end++)
            {
                var holder = holders[end];
                collides = collides || !holder.Quote.SameWords(holder.Shingle, first.Quote, first.Shingle);
                wordings.Add(holder.Quote.Wording);
            }
            if (wordings.Count > WordLinks.MaxShingleGroups)
            {
                blocked.Add(first.Hash);
            }
        }
        return new BlockedShingles(blocked.ToEquatableArray(), collides);
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
