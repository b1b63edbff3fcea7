using System;
using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Parsing;

/// <summary>
/// Maps offsets of one text to 0-based lines and columns, counting line breaks the way Roslyn
/// does (CR, LF, CRLF, U+0085, U+2028, U+2029), so spans agree with <c>SourceText.Lines</c>.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (IsLineBreak(c))
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    /// <summary>True for the characters that end a line on their own (CR LF counts as one break).</summary>
    public static bool IsLineBreak(char c) =>
        c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>The 0-based line holding <paramref name="offset"/> (clamped to the text).</summary>
    public int LineOf(int offset)
    {
        offset = Clamp(offset);
        int index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The span of <paramref name="length"/> characters from <paramref name="start"/>, clamped to the text.</summary>
    public SourceSpan Span(int start, int length)
    {
        start = Clamp(start);
        int end = Clamp(start + Math.Max(0, length));
        int startLine = LineOf(start), endLine = LineOf(end);
        return new SourceSpan(start, end - start, startLine, start - _lineStarts[startLine], endLine, end - _lineStarts[endLine]);
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > _length ? _length : offset;
}
