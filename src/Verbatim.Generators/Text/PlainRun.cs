using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Verbatim.Generators.Text;

/// <summary>
/// Finds the end of a run of printable ASCII without <c>"</c> or <c>\</c>, the characters a literal
/// holds as they are, many at a time: a body is mostly such runs, and every body of the corpus is
/// scanned for its escapes.
/// </summary>
internal static class PlainRun
{
    /// <summary>The index of the first character at or after <paramref name="from"/> that is not plain, or the length.</summary>
    public static int End(string value, int from)
    {
        int i = from;
        if (Vector.IsHardwareAccelerated)
        {
            var bytes = MemoryMarshal.AsBytes(value.AsSpan());
            int width = Vector<ushort>.Count;
            var space = new Vector<ushort>(' ');
            var delete = new Vector<ushort>('\u007F');
            var quote = new Vector<ushort>('"');
            var backslash = new Vector<ushort>('\\');
            for (; i + width <= value.Length; i += width)
            {
                var chars = MemoryMarshal.Read<Vector<ushort>>(bytes.Slice(i * sizeof(char)));
                var notPlain = Vector.LessThan(chars, space) | Vector.GreaterThanOrEqual(chars, delete) | Vector.Equals(chars, quote) | Vector.Equals(chars, backslash);
                if (!notPlain.Equals(Vector<ushort>.Zero))
                {
                    break;
                }
            }
        }
        while (i < value.Length && IsPlain(value[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>Printable ASCII but the two that need escapes: most of any corpus.</summary>
    private static bool IsPlain(char c) => c >= ' ' && c < '\u007F' && c != '"' && c != '\\';
}
