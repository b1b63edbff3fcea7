using System.Collections.Generic;

namespace SampleCorpus.Report;

/// <summary>Fits plain text to a terminal's width: long lines wrap at spaces, long names are cut.</summary>
internal static class TextWrap
{
    public const int Width = 100;

    /// <summary><paramref name="text"/> cut to <paramref name="width"/> characters, with … where it was cut.</summary>
    public static string Cut(string text, int width) =>
        text.Length <= width ? text : text.Substring(0, width - 1).TrimEnd() + "\u2026";

    /// <summary>The lines of <paramref name="text"/> wrapped at spaces; every line after the first starts with <paramref name="indent"/>.</summary>
    public static IEnumerable<string> Lines(string text, string indent, int width = Width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line;
                line = indent + word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }
        yield return line;
    }
}
