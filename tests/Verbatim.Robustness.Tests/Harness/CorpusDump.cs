using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>
/// Articles and speakers as one readable text (invisible characters spelled out), so a mismatch
/// between what was written and what the generated API holds shows as a line diff.
/// </summary>
internal static class CorpusDump
{
    public static string Of(IEnumerable<LoadedArticle> articles, IEnumerable<LoadedSpeaker> speakers)
    {
        var dump = new StringBuilder();
        foreach (var article in articles)
        {
            dump.Append("article ").Append(Show(article.Id)).Append(" title=").Append(Show(article.Title))
                .Append(" outlet=").Append(Show(article.Outlet)).Append(" published=").Append(Show(article.Published))
                .Append(" url=").Append(Show(article.Url)).Append(" authors=").Append(Show(article.Authors))
                .Append(" source=").Append(Show(article.SourcePath)).Append('\n')
                .Append("  body=").Append(Show(article.Body)).Append('\n');
            foreach (var quote in article.Quotes)
            {
                dump.Append("  quote ").Append(Show(quote.Id)).Append(' ').Append(quote.Kind)
                    .Append(" line=").Append(quote.Line).Append(" span=").Append(quote.Start).Append('+').Append(quote.Length)
                    .Append(" parent=").Append(quote.Parent).Append(" speakers=").Append(Show(quote.Speakers))
                    .Append(" text=").Append(Show(quote.Text)).Append('\n');
            }
        }
        foreach (var speaker in speakers)
        {
            dump.Append("speaker ").Append(Show(speaker.Id)).Append(" name=").Append(Show(speaker.Name))
                .Append(" role=").Append(Show(speaker.Role)).Append(" organization=").Append(Show(speaker.Organization))
                .Append(" kind=").Append(speaker.Kind).Append(" aliases=").Append(Show(speaker.Aliases)).Append('\n');
        }
        return dump.ToString();
    }

    /// <summary>Fails with the first line that differs, which reads better than a character diff of the whole dump.</summary>
    public static void ShouldMatch(string actual, string expected)
    {
        string[] actualLines = actual.Split('\n'), expectedLines = expected.Split('\n');
        for (int i = 0; i < System.Math.Max(actualLines.Length, expectedLines.Length); i++)
        {
            string? got = i < actualLines.Length ? actualLines[i] : null;
            string? wanted = i < expectedLines.Length ? expectedLines[i] : null;
            if (got != wanted)
            {
                throw new ShouldAssertException($"Line {i + 1} differs.\nexpected: {wanted ?? "(none)"}\nactual:   {got ?? "(none)"}");
            }
        }
    }

    private static string Show(string[] values) => "[" + string.Join(", ", values.Select(Show)) + "]";

    /// <summary>A string in quotes with everything outside printable ASCII as <c>\uXXXX</c>; <c>null</c> for null.</summary>
    public static string Show(string? value)
    {
        if (value is null)
        {
            return "null";
        }
        var shown = new StringBuilder("\"");
        foreach (char c in value)
        {
            shown.Append(c is >= ' ' and <= '~' and not '\\' and not '"'
                ? c.ToString()
                : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return shown.Append('"').ToString();
    }
}
