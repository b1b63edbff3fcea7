
namespace Verbatim.Generators.Text;

/// <summary>
/// An <see cref="EscapedText"/> as a part of a generated file (see <see cref="Emitting.WrittenText"/>): read
/// through <see cref="CopyTo"/> as the escaped literal content, made on the fly from the text itself.
/// </summary>
internal sealed class EscapedPart
{
    private readonly string _text;
    private readonly int[] _escapedAt;
    private readonly string[] _escapes;

    /// <summary>Where each escape starts in the escaped content.</summary>
    private readonly int[] _escapeStarts;

    public EscapedPart(EscapedText text)
    {
        _text = text.Text;
        int count = text.EscapedAt.Count;
        _escapedAt = new int[count];
        _escapes = new string[count];
        _escapeStarts = new int[count];
        int added = 0;
        for (int k = 0; k < count; k++)
        {
            int at = text.EscapedAt[k];
            _escapedAt[k] = at;
            _escapes[k] = CSharpText.EscapeAt(_text, at)!;
            _escapeStarts[k] = at + added;
            added += _escapes[k].Length - 1;
        }
        Length = _text.Length + added;
    }

    public int Length { get; }

    public char this[int position]
    {
        get
        {
            int k = FirstEscapeEndingAfter(position);
            return k < _escapeStarts.Length && position >= _escapeStarts[k]
                ? _escapes[k][position - _escapeStarts[k]]
                : _text[position - ShiftBefore(k)];
        }
    }

    /// <summary>Copies <paramref name="count"/> characters of the escaped content from <paramref name="position"/>.</summary>
    public void CopyTo(int position, char[] destination, int destinationIndex, int count)
    {
        // The first escape that ends after position: before it, plain text; from it on, escapes and the text between them.
        int k = FirstEscapeEndingAfter(position);
        while (count > 0)
        {
            int n;
            if (k < _escapeStarts.Length && position >= _escapeStarts[k])
            {
                int offset = position - _escapeStarts[k];
                n = System.Math.Min(count, _escapes[k].Length - offset);
                _escapes[k].CopyTo(offset, destination, destinationIndex, n);
                k++;
            }
            else
            {
                int plainEnd = k < _escapeStarts.Length ? _escapeStarts[k] : Length;
                n = System.Math.Min(count, plainEnd - position);
                _text.CopyTo(position - ShiftBefore(k), destination, destinationIndex, n);
            }
            position += n;
            destinationIndex += n;
            count -= n;
        }
    }

    public override string ToString()
    {
        var content = new char[Length];
        CopyTo(0, content, 0, Length);
        return new string(content);
    }

    /// <summary>How far the escaped content runs ahead of the text in the plain run before escape <paramref name="k"/>.</summary>
    private int ShiftBefore(int k) => k < _escapeStarts.Length ? _escapeStarts[k] - _escapedAt[k] : Length - _text.Length;

    private int FirstEscapeEndingAfter(int position)
    {
        int low = 0, high = _escapeStarts.Length;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_escapeStarts[middle] + _escapes[middle].Length <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
