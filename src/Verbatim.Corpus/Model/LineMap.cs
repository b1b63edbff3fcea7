using System;

namespace Verbatim.Corpus.Model;

/// <summary>
/// Maps offsets of one text to 0-based lines and columns, counting line breaks the way Roslyn
/// does (CR, LF, CRLF, U+0085, U+2028, U+2029), so spans agree with <c>SourceText.Lines</c>.
/// </summary>
public sealed class LineMap
{
    /// <summary>The characters <see cref="IsLineBreak"/> accepts, for <c>IndexOfAny</c>.</summary>
    private static readonly char[] s_breaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

    // The line starts found so far, one list per thread (texts may be mapped on several), copied out exactly at the end.
    [ThreadStatic]
    private static int[]? s_lineStartsFound;

    private const int MaxKeptLineStarts = 1 << 16;

    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        // One pass into a list kept per thread, then one exact array: every article is mapped, and a
        // pass to count the breaks before a pass to fill them was a tenth of parsing an article.
        var found = s_lineStartsFound ??= new int[256];
        int count = 1;
        found[0] = 0;
        for (int i = NextBreak(text, 0); i >= 0; i = NextBreak(text, i))
        {
            i += BreakLength(text, i);
            if (count == found.Length)
            {
                Array.Resize(ref found, found.Length * 2);
                // A very long text's list is not kept: a thread would hold it for good.
                if (found.Length <= MaxKeptLineStarts)
                {
                    s_lineStartsFound = found;
                }
            }
            found[count++] = i;
        }
        _lineStarts = new int[count];
        Array.Copy(found, _lineStarts, count);
    }

    /// <summary>The offset where each line starts.</summary>
    public EquatableArray<int> LineStarts => new(_lineStarts);

    private static int NextBreak(string text, int from) => from < text.Length ? text.IndexOfAny(s_breaks, from) : -1;

    /// <summary>How many characters the line break at <paramref name="index"/> takes: 2 for CR LF, else 1.</summary>
    private static int BreakLength(string text, int index) =>
        text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1;

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

    /// <summary>
    /// The span of <paramref name="length"/> characters from <paramref name="start"/>, which the caller knows lie
    /// within the text on <paramref name="line"/> (an annotation's header never leaves its line): no search.
    /// </summary>
    public SourceSpan SpanOnLine(int line, int start, int length)
    {
        int column = start - _lineStarts[line];
        return new SourceSpan(start, length, line, column, line, column + length);
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > _length ? _length : offset;
}
