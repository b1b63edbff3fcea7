using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// A generated file's text, handed to the compiler as the writer left it: the builders it wrote and
/// the texts it kept by reference and escapes on the fly (an article's body), in order. <c>ToString()</c>
/// would copy every file once more; the compiler reads a <see cref="SourceText"/> in blocks through
/// <see cref="CopyTo"/>, which these parts serve directly. Nothing is written to them again.
/// </summary>
internal sealed class WrittenText : SourceText
{
    private readonly object[] _parts;
    private readonly int[] _starts;

    /// <param name="parts">Each a <see cref="StringBuilder"/> or an <see cref="EscapedPart"/>.</param>
    public WrittenText(IReadOnlyList<object> parts)
    {
        _parts = new object[parts.Count];
        _starts = new int[parts.Count + 1];
        for (int i = 0; i < parts.Count; i++)
        {
            _parts[i] = parts[i];
            _starts[i + 1] = _starts[i] + LengthOf(parts[i]);
        }
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _starts[_parts.Length];

    public override char this[int position]
    {
        get
        {
            int part = PartAt(position);
            int offset = position - _starts[part];
            return _parts[part] is EscapedPart escaped ? escaped[offset] : ((StringBuilder)_parts[part])[offset];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        for (int part = PartAt(sourceIndex); count > 0; part++)
        {
            int offset = sourceIndex - _starts[part];
            int n = System.Math.Min(count, _starts[part + 1] - sourceIndex);
            if (_parts[part] is EscapedPart escaped)
            {
                escaped.CopyTo(offset, destination, destinationIndex, n);
            }
            else
            {
                ((StringBuilder)_parts[part]).CopyTo(offset, destination, destinationIndex, n);
            }
            sourceIndex += n;
            destinationIndex += n;
            count -= n;
        }
    }

    public override string ToString() => string.Concat(_parts);

    private static int LengthOf(object part) => part is EscapedPart escaped ? escaped.Length : ((StringBuilder)part).Length;

    /// <summary>
    /// The part holding <paramref name="position"/>: the last that starts at or before it (an empty
    /// part starts where the next one does). A slice of articles has two parts per body, so a search.
    /// </summary>
    private int PartAt(int position)
    {
        int low = 0, high = _parts.Length - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (_starts[middle] <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return low;
    }
}
