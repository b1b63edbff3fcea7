using System;
using System.Collections.Generic;

namespace Verbatim.Corpus.Statements;

/// <summary>An article's postings (quote and shingle), sorted by partition, with where each partition's start.</summary>
public interface IPartitionedPostings
{
    /// <summary>Each a quote in the high half and its shingle in the low half.</summary>
    long[] Postings { get; }

    /// <summary>Where each partition's postings start, one more than the partitions.</summary>
    int[] PartitionStart { get; }

    /// <summary>True when the postings <c>[from, from + count)</c> stand for what <paramref name="other"/>'s from <paramref name="otherFrom"/> do.</summary>
    bool SamePostings(int from, IPartitionedPostings other, int otherFrom, int count);
}

/// <summary>One article's postings in one partition.</summary>
public readonly record struct PartitionSlice<TArticle>(TArticle Article, int From, int To);

/// <summary>
/// What one partition of the join reads: the postings of each article that has some in it. Equal
/// to the last value when each article's part is: an unchanged article by reference, the edited one
/// by its postings' values, so a partition an edit leaves alone stays cached.
/// </summary>
public sealed class PartitionView<TArticle> : IEquatable<PartitionView<TArticle>>
    where TArticle : class, IPartitionedPostings
{
    internal PartitionView(int partition, PartitionSlice<TArticle>[] slices) => (Partition, Slices) = (partition, slices);

    public int Partition { get; }

    internal PartitionSlice<TArticle>[] Slices { get; }

    public bool Equals(PartitionView<TArticle>? other)
    {
        if (other is null || other.Partition != Partition || other.Slices.Length != Slices.Length)
        {
            return false;
        }
        for (int i = 0; i < Slices.Length; i++)
        {
            var (mine, theirs) = (Slices[i], other.Slices[i]);
            if (mine.To - mine.From != theirs.To - theirs.From)
            {
                return false;
            }
            if (!(ReferenceEquals(mine.Article, theirs.Article) && mine.From == theirs.From)
                && !mine.Article.SamePostings(mine.From, theirs.Article, theirs.From, mine.To - mine.From))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as PartitionView<TArticle>);

    public override int GetHashCode() => (Partition * 31) + Slices.Length;
}

/// <summary>How the join cuts the corpus' shingles into partitions, and each partition's view.</summary>
public static class StatementPartitions
{
    /// <summary>How many partitions the generator's join has: an edit inside one quote reruns those its shingles fall in.</summary>
    public const int Count = 256;

    /// <summary>The partition of a shingle's hash: from its high bits, so ascending hashes are in ascending partitions.</summary>
    public static int Of(ulong hash, int partitions) => (int)(((hash >> 32) * (ulong)partitions) >> 32);

    /// <summary>
    /// Every partition's view of <paramref name="articles"/> (each article's postings cut as
    /// <paramref name="partitions"/>), which come in corpus order (ordinal by id, each id once):
    /// a partition numbers its groups by where its articles are.
    /// </summary>
    public static PartitionView<TArticle>[] Views<TArticle>(IReadOnlyList<TArticle> articles, int partitions)
        where TArticle : class, IPartitionedPostings
    {
        var counts = new int[partitions];
        foreach (var article in articles)
        {
            var start = article.PartitionStart;
            for (int p = 0; p < partitions; p++)
            {
                counts[p] += start[p + 1] > start[p] ? 1 : 0;
            }
        }
        var slices = new PartitionSlice<TArticle>[partitions][];
        for (int p = 0; p < partitions; p++)
        {
            slices[p] = new PartitionSlice<TArticle>[counts[p]];
            counts[p] = 0;
        }
        foreach (var article in articles)
        {
            var start = article.PartitionStart;
            for (int p = 0; p < partitions; p++)
            {
                if (start[p + 1] > start[p])
                {
                    slices[p][counts[p]++] = new PartitionSlice<TArticle>(article, start[p], start[p + 1]);
                }
            }
        }
        var views = new PartitionView<TArticle>[partitions];
        for (int p = 0; p < partitions; p++)
        {
            views[p] = new PartitionView<TArticle>(p, slices[p]);
        }
        return views;
    }
}
