using System;
using System.Collections.Generic;

namespace Verbatim.Corpus.Statements;

/// <summary>A quote's rare shingles (those not blocked), ascending by hash, with where each first occurs, and how many of them it looks candidates up by.</summary>
internal sealed class RareQuote
{
    public RareQuote(QuoteShingles source, ulong[] hashes, int[] positions, int probe) =>
        (Source, Hashes, Positions, Probe) = (source, hashes, positions, probe);

    public QuoteShingles Source { get; }

    public ulong[] Hashes { get; }

    public int[] Positions { get; }

    /// <summary>
    /// The prefix filter: a pair this quote's group owns shares at least the needed count of its rare
    /// shingles, so at least one of any (count - needed + 1) of them; the first that many by hash are
    /// looked up. With gaps, all (the other side's needs depend on its gaps).
    /// </summary>
    public int Probe { get; }
}

/// <summary>
/// An article's quotes with their rare shingles, once the corpus' blocked shingles are known (round two
/// of the join reads these), and its postings of rare shingles, sorted by partition.
/// </summary>
public sealed class ArticleRareShingles : IEquatable<ArticleRareShingles>, IPartitionedPostings
{
    private ArticleRareShingles(ArticleShingles source, RareQuote[] quotes, long[] postings, int[] partitionStart) =>
        (Source, Quotes, Postings, PartitionStart) = (source, quotes, postings, partitionStart);

    internal ArticleShingles Source { get; }

    internal RareQuote[] Quotes { get; }

    long[] IPartitionedPostings.Postings => Postings;

    int[] IPartitionedPostings.PartitionStart => PartitionStart;

    internal long[] Postings { get; }

    internal int[] PartitionStart { get; }

    public static ArticleRareShingles Of(ArticleShingles article, BlockedShingles blocked)
    {
        var quotes = new RareQuote[article.Quotes.Length];
        var rareIndex = new int[article.Quotes.Length][];
        for (int q = 0; q < quotes.Length; q++)
        {
            var source = article.Quotes[q];
            var index = rareIndex[q] = new int[source.Hashes.Length];
            var hashes = new List<ulong>(source.Hashes.Length);
            var positions = new List<int>(source.Hashes.Length);
            for (int s = 0; s < source.Hashes.Length; s++)
            {
                index[s] = -1;
                if (!blocked.Contains(source.Hashes[s]))
                {
                    index[s] = hashes.Count;
                    hashes.Add(source.Hashes[s]);
                    positions.Add(source.Positions[s]);
                }
            }
            var signature = source.Signature;
            int probe = signature.Gaps.Count == 0
                ? hashes.Count - WordLinks.MinSharedShingles(signature.Words.Count, 0) + 1
                : hashes.Count;
            quotes[q] = new RareQuote(source, hashes.ToArray(), positions.ToArray(), Math.Min(probe, hashes.Count));
        }
        var postings = new List<long>(article.Postings.Length);
        var partitionStart = new int[article.PartitionStart.Length];
        for (int p = 0; p + 1 < partitionStart.Length; p++)
        {
            for (int i = article.PartitionStart[p]; i < article.PartitionStart[p + 1]; i++)
            {
                long posting = article.Postings[i];
                int rare = rareIndex[(int)(posting >> 32)][(int)posting];
                if (rare >= 0)
                {
                    postings.Add((posting & ~0xFFFFFFFFL) | (uint)rare);
                }
            }
            partitionStart[p + 1] = postings.Count;
        }
        return new ArticleRareShingles(article, quotes, postings.ToArray(), partitionStart);
    }

    /// <summary>The same quote (by its signature), the same rare shingle of it, and the same rare shingles in all.</summary>
    bool IPartitionedPostings.SamePostings(int from, IPartitionedPostings other, int otherFrom, int count)
    {
        var theirs = (ArticleRareShingles)other;
        for (int k = 0; k < count; k++)
        {
            long mine = Postings[from + k], their = theirs.Postings[otherFrom + k];
            RareQuote a = Quotes[(int)(mine >> 32)], b = theirs.Quotes[(int)(their >> 32)];
            if ((int)mine != (int)their || !SameRare(a, b))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SameRare(RareQuote a, RareQuote b) =>
        ReferenceEquals(a, b)
        || (ArticleShingles.SameQuote(a.Source, b.Source) && a.Probe == b.Probe && SortedHashes.SameItems(a.Hashes, b.Hashes));

    public bool Equals(ArticleRareShingles? other)
    {
        if (other is null || !Source.Equals(other.Source) || Quotes.Length != other.Quotes.Length)
        {
            return false;
        }
        for (int q = 0; q < Quotes.Length; q++)
        {
            if (Quotes[q].Probe != other.Quotes[q].Probe || !SortedHashes.SameItems(Quotes[q].Hashes, other.Quotes[q].Hashes))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ArticleRareShingles);

    public override int GetHashCode() => Source.GetHashCode();
}
