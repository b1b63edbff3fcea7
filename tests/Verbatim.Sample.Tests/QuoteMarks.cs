namespace Verbatim.Sample.Tests;

/// <summary>The test's own reading of docs/generated-api.md: a quote's text drops one enclosing pair of quotation marks.</summary>
internal static class QuoteMarks
{
    private static readonly (char Open, char Close)[] Pairs =
        [('\u201C', '\u201D'), ('"', '"'), ('\u2018', '\u2019'), ('\'', '\''), ('\u00AB', '\u00BB')];

    public static string StripOnePair(string text)
    {
        foreach (var (open, close) in Pairs)
        {
            if (text.Length >= 2 && text[0] == open && text[text.Length - 1] == close)
            {
                return text.Substring(1, text.Length - 2);
            }
        }
        return text;
    }
}
