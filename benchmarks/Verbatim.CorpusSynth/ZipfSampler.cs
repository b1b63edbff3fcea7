using System;

namespace Verbatim.CorpusSynth;

/// <summary>
/// Picks ranks 0..n-1 with probability proportional to 1/(rank+1)^s: a few speakers are quoted
/// everywhere and a long tail now and then, as in real news.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        _cumulative = new double[count];
        double total = 0;
        for (int rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }
        for (int rank = 0; rank < count; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    public int Next(Random random)
    {
        int index = Array.BinarySearch(_cumulative, random.NextDouble());
        // BinarySearch returns the complement of the first larger element when there is no exact hit.
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
