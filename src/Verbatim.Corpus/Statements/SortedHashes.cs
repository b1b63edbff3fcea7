using System;

namespace Verbatim.Corpus.Statements;

/// <summary>Walks two ascending arrays of shingle hashes side by side, stopping at each hash both hold.</summary>
internal struct SortedHashes
{
    private readonly ulong[] _x, _y;
    private readonly int _xEnd;
    private int _i, _j;

    /// <param name="xEnd">How much of <paramref name="x"/> is walked.</param>
    public SortedHashes(ulong[] x, int xEnd, ulong[] y) => (_x, _xEnd, _y, _i, _j) = (x, xEnd, y, 0, 0);

    /// <summary>The next hash both hold, as its places in each.</summary>
    public bool Next(out int i, out int j)
    {
        while (_i < _xEnd && _j < _y.Length)
        {
            ulong x = _x[_i], y = _y[_j];
            if (x < y)
            {
                _i++;
            }
            else if (x > y)
            {
                _j++;
            }
            else
            {
                (i, j) = (_i++, _j++);
                return true;
            }
        }
        (i, j) = (-1, -1);
        return false;
    }

    public static bool SameItems<T>(T[] x, T[] y)
        where T : IEquatable<T>
    {
        if (x.Length != y.Length)
        {
            return false;
        }
        for (int i = 0; i < x.Length; i++)
        {
            if (!x[i].Equals(y[i]))
            {
                return false;
            }
        }
        return true;
    }
}
