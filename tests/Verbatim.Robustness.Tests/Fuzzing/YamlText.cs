using System.Globalization;
using System.Linq;
using System.Text;

namespace Verbatim.Robustness.Tests.Fuzzing;

/// <summary>YAML spellings of arbitrary text: double-quoted scalars with every invisible character escaped.</summary>
internal static class YamlText
{
    public static string Quoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                default:
                    var category = CharUnicodeInfo.GetUnicodeCategory(c);
                    bool invisible = category is UnicodeCategory.Control or UnicodeCategory.Format
                        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
                    quoted.Append(invisible ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    public static string FlowSequence(string[] values) => "[" + string.Join(", ", values.Select(Quoted)) + "]";
}
