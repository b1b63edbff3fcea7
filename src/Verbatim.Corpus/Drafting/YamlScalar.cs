using System.Text;

namespace Verbatim.Corpus.Drafting;

/// <summary>Writes text as a YAML double-quoted scalar, which reads back as exactly that text whatever it holds.</summary>
public static class YamlScalar
{
    public static string Quoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    // YAML reads U+2028 and U+2029 as line breaks (a raw one breaks the scalar's
                    // indentation) and a byte-order mark inside a document as no character at all.
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }
                    break;
            }
        }
        return text.Append('"').ToString();
    }
}
