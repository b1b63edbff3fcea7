using System;
using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// What the partitioned join needs of one quote that can link by its words (direct, three words or
/// more): its distinct three-word shingles as 64-bit hashes, ascending, each with where it first
/// occurs, and a 64-bit key of its wording, so identical wordings meet with no corpus-wide word ids.
/// </summary>
public sealed class QuoteShingles
{
    internal QuoteShingles(string articleId, QuoteSignature signature, ulong wording, ulong[] hashes, int[] positions) =>
        (ArticleId, Signature, Wording, Hashes, Positions) = (articleId, signature, wording, hashes, positions);

    internal string ArticleId { get; }

    internal QuoteSignature Signature { get; }

    internal QuoteKey Key => new(ArticleId, Signature.Index);

    /// <summary>Equal for quotes of one group (<see cref="StatementLinker"/>'s grouping); the join checks that it tells groups apart.</summary>
    internal ulong Wording { get; }

    internal ulong[] Hashes { get; }

    internal int[] Positions { get; }
}

/// <summary>
/// An article's <see cref="QuoteShingles"/> and its postings: every (quote, shingle) sorted by
/// shingle hash, which sorts them by partition too (<see cref="StatementPartitions.Of"/> keeps the
/// order), with where each partition's start. Computed per article, from its signature alone.
/// </summary>
public sealed class ArticleShingles : IEquatable<ArticleShingles>, IPartitionedPostings
{
    private ArticleShingles(ArticleSignature signature, QuoteShingles[] quotes, long[] postings, int[] partitionStart) =>
        (Signature, Quotes, Postings, PartitionStart) = (signature, quotes, postings, partitionStart);

    public ArticleSignature Signature { get; }

    internal QuoteShingles[] Quotes { get; }

    /// <summary>Each a quote (of <see cref="Quotes"/>) in the high half and its shingle in the low half.</summary>
    internal long[] Postings { get; }

    /// <summary>Where each partition's postings start, one more than the partitions.</summary>
    internal int[] PartitionStart { get; }

    internal int Partitions => PartitionStart.Length - 1;

    long[] IPartitionedPostings.Postings => Postings;

    int[] IPartitionedPostings.PartitionStart => PartitionStart;

    /// <summary>The same quote (by its signature) and the same shingle of it.</summary>
    bool IPartitionedPostings.SamePostings(int from, IPartitionedPostings other, int otherFrom, int count)
    {
        var theirs = (ArticleShingles)other;
        for (int k = 0; k < count; k++)
        {
            long mine = Postings[from + k], their = theirs.Postings[otherFrom + k];
            if ((int)mine != (int)their
                || !SameQuote(Quotes[(int)(mine >> 32)], theirs.Quotes[(int)(their >> 32)]))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool SameQuote(QuoteShingles mine, QuoteShingles theirs) =>
        ReferenceEquals(mine, theirs)
        || (string.Equals(mine.ArticleId, theirs.ArticleId, StringComparison.Ordinal) && mine.Signature.Equals(theirs.Signature));

    public static ArticleShingles Of(ArticleSignature signature, int partitions)
    {
        var quotes = new List<QuoteShingles>();
        foreach (var quote in signature.Quotes)
        {
            if (quote.Kind == QuoteKind.Direct && quote.Words.Count >= StatementLinker.MinExcerptWords)
            {
                quotes.Add(Of(signature.ArticleId, quote));
            }
        }
        int total = 0;
        foreach (var quote in quotes)
        {
            total += quote.Hashes.Length;
        }
        var hashes = new ulong[total];
        var packed = new long[total];
        for (int q = 0, k = 0; q < quotes.Count; q++)
        {
            for (int s = 0; s < quotes[q].Hashes.Length; s++, k++)
            {
                (hashes[k], packed[k]) = (quotes[q].Hashes[s], ((long)q << 32) | (uint)s);
            }
        }
        // By hash, then (for a shingle several quotes hold) by posting.
        Array.Sort(hashes, packed);
        var partitionStart = new int[partitions + 1];
        for (int i = 0; i < total;)
        {
            int end = EndOfRun(hashes, i);
            Array.Sort(packed, i, end - i);
            partitionStart[StatementPartitions.Of(hashes[i], partitions) + 1] += end - i;
            i = end;
        }
        for (int p = 0; p < partitions; p++)
        {
            partitionStart[p + 1] += partitionStart[p];
        }
        return new ArticleShingles(signature, quotes.ToArray(), packed, partitionStart);
    }

    private static QuoteShingles Of(string articleId, QuoteSignature quote)
    {
        var words = quote.Words;
        int count = Math.Max(0, words.Count - (ShingleIndex.ShingleWords - 1));
        var sorted = new ulong[count];
        var positions = new int[count];
        for (int p = 0; p < count; p++)
        {
            (sorted[p], positions[p]) = (ShingleHash(words[p].Hash, words[p + 1].Hash, words[p + 2].Hash), p);
        }
        // By hash, then by place.
        Array.Sort(sorted, positions);
        // One entry per shingle, at its first place. Two different shingles that share a hash both
        // stay: the partitions see them side by side and send the corpus to the exact join.
        int kept = 0;
        for (int i = 0; i < count;)
        {
            int end = EndOfRun(sorted, i);
            Array.Sort(positions, i, end - i);
            for (int j = i; j < end; j++)
            {
                if (j > i && SameWords(quote, positions[kept - 1], positions[j]))
                {
                    continue;
                }
                (sorted[kept], positions[kept]) = (sorted[j], positions[j]);
                kept++;
            }
            i = end;
        }
        Array.Resize(ref sorted, kept);
        Array.Resize(ref positions, kept);
        return new QuoteShingles(articleId, quote, WordingKey(quote), sorted, positions);
    }

    // Where the run of hashes equal to the one at from ends.
    private static int EndOfRun(ulong[] hashes, int from)
    {
        int end = from + 1;
        while (end < hashes.Length && hashes[end] == hashes[from])
        {
            end++;
        }
        return end;
    }

    private static bool SameWords(QuoteSignature quote, int first, int second)
    {
        for (int w = 0; w < ShingleIndex.ShingleWords; w++)
        {
            if (!quote.SameWord(first + w, quote, second + w))
            {
                return false;
            }
        }
        return true;
    }

    // Invertible in the third word's hash (Mix and xor are), so two shingles that share it and their first two words' hashes share all three.
    private static ulong ShingleHash(ulong first, ulong second, ulong third) => Mix(Mix(Mix(first) ^ second) ^ third);

    // What groups quotes (StatementLinker's SameWording): the words, nested quotes and gaps, and when short the speakers.
    private static ulong WordingKey(QuoteSignature quote)
    {
        ulong key = Mix((ulong)quote.Words.Count);
        foreach (var word in quote.Words)
        {
            key = Mix(key ^ word.Hash);
        }
        key = Mix(key ^ (ulong)quote.Nested.Count);
        foreach (int bound in quote.Nested)
        {
            key = Mix(key ^ (uint)bound);
        }
        key = Mix(key ^ (ulong)quote.Gaps.Count);
        foreach (int gap in quote.Gaps)
        {
            key = Mix(key ^ (uint)gap);
        }
        if (quote.Words.Count < StatementLinker.StrongWords)
        {
            var speakers = new string[quote.Speakers.Count];
            for (int s = 0; s < speakers.Length; s++)
            {
                speakers[s] = quote.Speakers[s];
            }
            Array.Sort(speakers, StringComparer.Ordinal);
            foreach (var speaker in speakers)
            {
                key = Mix(key ^ WordHash.Of(speaker));
            }
        }
        return key;
    }

    // SplitMix64's finalizer: every bit of the input moves the whole output, so partitions fill evenly.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>Equal when the signatures are: everything here is made from them.</summary>
    public bool Equals(ArticleShingles? other) =>
        other is not null && (ReferenceEquals(this, other) || (Partitions == other.Partitions && Signature.Equals(other.Signature)));

    public override bool Equals(object? obj) => Equals(obj as ArticleShingles);

    public override int GetHashCode() => Signature.GetHashCode();
}
