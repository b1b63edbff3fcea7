using System.Text;

namespace Verbatim.Cli.Report;

/// <summary>Escapes text for HTML element content and quoted attribute values (the page is UTF-8, so nothing else needs escaping).</summary>
internal static class Html
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
