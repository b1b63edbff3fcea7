using System.Collections.Generic;

namespace Verbatim.Cli.Model;

/// <summary>
/// Offsets in Unicode code points, as exports count characters (brat and Python count them so),
/// from the UTF-16 offsets the corpus model uses; and back. Differ only past a character outside
/// the Basic Multilingual Plane (an emoji, say).
/// </summary>
internal sealed class CodePoints
{
    // _utf16[k] is the UTF-16 offset of code point k; the last entry is the text's length.
    private readonly List<int> _utf16;

    public CodePoints(string text)
    {
        _utf16 = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            _utf16.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }
        _utf16.Add(text.Length);
    }

    /// <summary>The number of code points in the text.</summary>
    public int Count => _utf16.Count - 1;

    /// <summary>The code point offset of a UTF-16 offset (one inside a surrogate pair counts as the pair's).</summary>
    public int FromUtf16(int offset)
    {
        int index = _utf16.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The UTF-16 offset of a code point offset, or -1 when it lies past the end.</summary>
    public int ToUtf16(int codePoint) => codePoint >= 0 && codePoint < _utf16.Count ? _utf16[codePoint] : -1;
}
