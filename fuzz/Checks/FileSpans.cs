using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Fuzzing.Checks;

/// <summary>
/// Checks spans against one file's text: inside it, and with the lines and columns Roslyn gives
/// (breaks: CR, LF, CRLF, U+0085, U+2028, U+2029). Its own line table, written apart from the
/// parser's, so a mistake there is not checked against itself.
/// </summary>
public sealed class FileSpans
{
    private readonly List<int> _lineStarts = new() { 0 };

    public FileSpans(string path, string text)
    {
        Path = path;
        Text = text;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Path { get; }

    public string Text { get; }

    public void RequireInside(SourceSpan span, string what)
    {
        InvariantViolation.Require(
            span.Start >= 0 && span.Length >= 0 && span.End <= Text.Length,
            () => $"{what}: span {span.Start}+{span.Length} outside {Path} ({Text.Length} characters)");
        var (startLine, startColumn) = Position(span.Start);
        var (endLine, endColumn) = Position(span.End);
        InvariantViolation.Require(
            (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn) == (startLine, startColumn, endLine, endColumn),
            () => $"{what}: span {span.Start}+{span.Length} of {Path} says ({span.StartLine},{span.StartColumn})-({span.EndLine},{span.EndColumn}), the text has ({startLine},{startColumn})-({endLine},{endColumn})");
    }

    /// <summary>The span is inside the file and is exactly the characters of <paramref name="expected"/>.</summary>
    public void RequireText(SourceSpan span, string expected, string what)
    {
        RequireInside(span, what);
        InvariantViolation.Require(
            span.Length == expected.Length && string.CompareOrdinal(Text, span.Start, expected, 0, expected.Length) == 0,
            () => $"{what}: span {span.Start}+{span.Length} of {Path} holds «{Text.Substring(span.Start, span.Length)}», not «{expected}»");
    }

    // The line holding an offset; an offset just after a CR of CR LF is still on the CR's line.
    private (int Line, int Column) Position(int offset)
    {
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line]);
    }
}
