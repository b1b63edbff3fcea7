using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SampleCorpus.Report;

/// <summary>Plain-text columns padded to their widest cell; the last column is never padded.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string[]> rows, bool[] rightAligned)
    {
        int columns = rightAligned.Length;
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == columns - 1 ? cell
                : rightAligned[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            output.WriteLine("  " + string.Join("  ", cells));
        }
    }
}
