using System;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// The arrays <see cref="WordAlignment"/> fills, kept by a caller that aligns many pairs in a row
/// so each alignment reuses the last one's instead of allocating its own. One caller's, never shared.
/// </summary>
internal sealed class AlignmentBuffers
{
    private int[] _previous = Array.Empty<int>();
    private int[] _current = Array.Empty<int>();
    private byte[] _from = Array.Empty<byte>();

    /// <summary>Two score rows of at least <paramref name="rowLength"/> and the steps of at least <paramref name="cells"/> cells, their contents left over.</summary>
    public (int[] Previous, int[] Current, byte[] From) For(int rowLength, int cells)
    {
        if (_previous.Length < rowLength)
        {
            _previous = new int[rowLength];
            _current = new int[rowLength];
        }
        if (_from.Length < cells)
        {
            _from = new byte[cells];
        }
        return (_previous, _current, _from);
    }
}
