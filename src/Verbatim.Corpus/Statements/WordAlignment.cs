using System;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// The best-matching stretch of two word sequences (a local alignment, Smith–Waterman with unit
/// costs), computed only in a band around a diagonal both are known to share, so the cost is the
/// shorter length times the band, never the product of the lengths. Where a sequence has a gap
/// (an ellipsis, the editor's brackets) the other's words may be skipped for free: they are what
/// the editor cut, not a difference.
/// </summary>
internal static class WordAlignment
{
    // A match outweighs the change or gap before it, so a stretch ending in one changed word and one matching word still reaches the end.
    private const int Match = 3, Mismatch = -2, Gap = -2;

    /// <summary>Aligns <paramref name="a"/> with <paramref name="b"/> near <c>j - i == diagonal</c>, within <paramref name="band"/> of it.</summary>
    /// <param name="aGaps">Per word of <paramref name="a"/>, true when a gap stands before it; null for none.</param>
    /// <param name="bGaps">The same for <paramref name="b"/>.</param>
    public static Alignment Align(int[] a, int[] b, int diagonal, int band, bool[]? aGaps = null, bool[]? bGaps = null) =>
        Align(a, b, diagonal, band, aGaps, bGaps, new AlignmentBuffers());

    /// <summary>The same, in <paramref name="buffers"/> a caller that aligns many pairs keeps from one to the next.</summary>
    public static Alignment Align(int[] a, int[] b, int diagonal, int band, bool[]? aGaps, bool[]? bGaps, AlignmentBuffers buffers)
    {
        int width = (2 * band) + 1;
        // Scores by position in b, only the row before and the row under way: a cell reads no other.
        var (previous, current, from) = buffers.For(b.Length + 1, (a.Length + 1) * width);
        Array.Clear(previous, 0, b.Length + 1);
        current[0] = 0;
        int best = 0, bestI = 0, bestJ = 0;
        for (int i = 1; i <= a.Length; i++)
        {
            int low = Math.Max(1, i + diagonal - band), high = Math.Min(b.Length, i + diagonal + band);
            int word = a[i - 1], row = (i * width) - i - diagonal + band;
            // Skipping a[i-1] is free after a gap of b before b[j]; skipping b[j-1] after a gap of a before a[i].
            bool freeLeft = GapBefore(aGaps, i);
            for (int j = low; j <= high; j++)
            {
                int k = j - i - diagonal + band;
                int diag = previous[j - 1] + (word == b[j - 1] ? Match : Mismatch);
                bool freeUp = GapBefore(bGaps, j);
                int up = k + 1 < width ? previous[j] + (freeUp ? 0 : Gap) : int.MinValue;
                int left = k > 0 && j > 1 ? current[j - 1] + (freeLeft ? 0 : Gap) : int.MinValue;
                int value = 0;
                byte step = 0;
                if (diag > value) { value = diag; step = 1; }
                if (up > value) { value = up; step = freeUp ? (byte)4 : (byte)2; }
                if (left > value) { value = left; step = freeLeft ? (byte)5 : (byte)3; }
                current[j] = value;
                from[row + j] = step;
                if (value > best)
                {
                    (best, bestI, bestJ) = (value, i, j);
                }
            }
            (previous, current) = (current, previous);
        }
        return Trace(a, b, from, width, diagonal, band, bestI, bestJ);
    }

    private static bool GapBefore(bool[]? gaps, int word) => gaps is not null && word > 0 && word < gaps.Length && gaps[word];

    private static Alignment Trace(int[] a, int[] b, byte[] from, int width, int diagonal, int band, int i, int j)
    {
        // Walked twice: once to count the pairs, once to fill them from the end, in an array of their exact size.
        int count = 0;
        for (int x = i, y = j, step; (step = Step(from, width, diagonal, band, x, y)) != 0;)
        {
            count += step is 1 or 2 or 3 ? 1 : 0;
            (x, y) = (step is 3 or 5 ? x : x - 1, step is 2 or 4 ? y : y - 1);
        }
        var pairs = new (int A, int B)[count];
        int aEnd = i, bEnd = j, matches = 0;
        for (int step; (step = Step(from, width, diagonal, band, i, j)) != 0;)
        {
            if (step == 1)
            {
                i--;
                j--;
                matches += a[i] == b[j] ? 1 : 0;
                pairs[--count] = (i, j);
            }
            else if (step is 2 or 4)
            {
                i--;
                if (step == 2)
                {
                    pairs[--count] = (i, -1);
                }
            }
            else
            {
                j--;
                if (step == 3)
                {
                    pairs[--count] = (-1, j);
                }
            }
        }
        return new Alignment(i, aEnd, j, bEnd, matches, pairs);
    }

    // How the cell (i, j) was reached (0: it starts the alignment, or lies outside the band or the sequences).
    private static byte Step(byte[] from, int width, int diagonal, int band, int i, int j)
    {
        int k = j - i - diagonal + band;
        return i > 0 && j > 0 && k >= 0 && k < width ? from[(i * width) + k] : (byte)0;
    }
}

/// <summary>
/// Where two word sequences match: <c>a[AStart..AEnd)</c> against <c>b[BStart..BEnd)</c>, and the
/// aligned pairs in order (-1 on the side that has no word there; words skipped at a gap are in no pair).
/// </summary>
internal sealed class Alignment
{
    public Alignment(int aStart, int aEnd, int bStart, int bEnd, int matches, (int A, int B)[] pairs)
    {
        (AStart, AEnd, BStart, BEnd, Matches, Pairs) = (aStart, aEnd, bStart, bEnd, matches, pairs);
    }

    public int AStart { get; }

    public int AEnd { get; }

    public int BStart { get; }

    public int BEnd { get; }

    public int Matches { get; }

    public (int A, int B)[] Pairs { get; }

    /// <summary>Words changed, added or dropped inside the matched stretch.</summary>
    public int Edits => Pairs.Length - Matches;

    /// <summary>A sequence of <paramref name="length"/> words aligned with itself: every word matched.</summary>
    public static Alignment Identity(int length)
    {
        var pairs = new (int A, int B)[length];
        for (int p = 0; p < length; p++)
        {
            pairs[p] = (p, p);
        }
        return new Alignment(0, length, 0, length, length, pairs);
    }

    public Alignment Swapped()
    {
        var pairs = new (int A, int B)[Pairs.Length];
        for (int p = 0; p < pairs.Length; p++)
        {
            pairs[p] = (Pairs[p].B, Pairs[p].A);
        }
        return new Alignment(BStart, BEnd, AStart, AEnd, Matches, pairs);
    }
}
