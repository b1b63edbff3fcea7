using System;

namespace Verbatim.Corpus.Model;

/// <summary>
/// Where the characters of an article's body were in its file: the body drops markup, escapes and
/// the CR of CRLF, so an offset in the body maps to the file through the places where that
/// difference grows. Lets a rule that works on the body (a misquoted word) report where the file has it.
/// </summary>
/// <param name="Breaks">Pairs of a body offset and the file offset of the same character, in order; from each, the two advance together.</param>
/// <param name="LineStarts">The file offset where each line starts, the way <c>SourceText.Lines</c> counts them.</param>
public sealed record BodyPositions(EquatableArray<int> Breaks, EquatableArray<int> LineStarts)
{
    /// <summary>The file offset of the body character at <paramref name="bodyOffset"/>.</summary>
    public int FileOffset(int bodyOffset)
    {
        int low = 0, high = (Breaks.Count / 2) - 1, found = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (Breaks[2 * middle] <= bodyOffset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found < 0 ? bodyOffset : Breaks[(2 * found) + 1] + (bodyOffset - Breaks[2 * found]);
    }

    /// <summary>The file span of the body's characters <c>[start, start + length)</c>.</summary>
    public SourceSpan Span(int start, int length)
    {
        int fileStart = FileOffset(start);
        int fileEnd = length > 0 ? FileOffset(start + length - 1) + 1 : fileStart;
        var (startLine, startColumn) = LineAndColumn(fileStart);
        var (endLine, endColumn) = LineAndColumn(fileEnd);
        return new SourceSpan(fileStart, fileEnd - fileStart, startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column) LineAndColumn(int offset)
    {
        int low = 0, high = LineStarts.Count - 1, line = 0;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (LineStarts[middle] <= offset)
            {
                line = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return (line, offset - (LineStarts.Count == 0 ? 0 : LineStarts[line]));
    }
}
