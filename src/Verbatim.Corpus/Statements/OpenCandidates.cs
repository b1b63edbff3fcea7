using System;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// The candidates of the group at hand that are still open while its rare shingles are scanned:
/// short of the shared-shingle count a link needs, yet able to reach it with the shingles left.
/// Once none is, the rest of the scan can change no candidate's outcome (a candidate that reached
/// the count keeps it, one that cannot reach it never will), so it stops there.
/// </summary>
/// <remarks>
/// Kept as how many open candidates share each count: after each shingle, the lowest count that
/// can still reach the goal rises by one, and the candidates at the count below it close at once.
/// </remarks>
internal sealed class OpenCandidates
{
    private int[] _atCount = new int[16];
    private int _needed;
    private int _open;

    /// <summary>Starts a group whose candidates all need <paramref name="needed"/> shared shingles (<see cref="int.MaxValue"/>: they need different counts, so nothing is tracked).</summary>
    public void Start(int needed)
    {
        (_needed, _open) = (needed, 0);
        if (needed == int.MaxValue)
        {
            return;
        }
        if (_atCount.Length <= needed)
        {
            _atCount = new int[Math.Max(needed + 1, _atCount.Length * 2)];
        }
        Array.Clear(_atCount, 0, needed + 1);
    }

    private bool Tracking => _needed != int.MaxValue;

    /// <summary>A new candidate, which shares one shingle so far.</summary>
    public void Found()
    {
        if (Tracking && _needed > 1)
        {
            _atCount[1]++;
            _open++;
        }
    }

    /// <summary>
    /// A candidate that shared <paramref name="count"/> shingles shares the one at hand too, with
    /// <paramref name="left"/> shingles left to scan counting this one.
    /// </summary>
    public void Counted(int count, int left)
    {
        // Below needed - left it was closed already (and so is a pair the group does not own).
        if (!Tracking || count < _needed - left || count >= _needed)
        {
            return;
        }
        _atCount[count]--;
        if (count + 1 < _needed)
        {
            _atCount[count + 1]++;
        }
        else
        {
            _open--;
        }
    }

    /// <summary>
    /// Closes the candidates that can no longer reach the count once the shingle at hand is scanned
    /// (<paramref name="left"/> shingles were left counting it), and says whether none is open.
    /// </summary>
    public bool NoneLeftAfter(int left)
    {
        if (!Tracking)
        {
            return false;
        }
        int closing = _needed - left;
        if (closing >= 1)
        {
            _open -= _atCount[closing];
            _atCount[closing] = 0;
        }
        return _open == 0;
    }
}
