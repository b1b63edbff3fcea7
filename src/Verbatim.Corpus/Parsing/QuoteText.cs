namespace Verbatim.Corpus.Parsing;

/// <summary>A quote's <c>Text</c>: its content trimmed of white space and of one enclosing pair of quotation marks.</summary>
public static class QuoteText
{
    /// <summary>The text of the content at <paramref name="start"/> (<paramref name="length"/> characters) of <paramref name="body"/>.</summary>
    public static string Of(string body, int start, int length)
    {
        int end = start + length;
        TrimWhiteSpace(body, ref start, ref end);
        if (end - start >= 2 && ArePair(body[start], body[end - 1]))
        {
            start++;
            end--;
            TrimWhiteSpace(body, ref start, ref end);
        }
        return body.Substring(start, end - start);
    }

    private static bool ArePair(char open, char close) => (open, close) is
        ('“', '”') or ('"', '"') or ('‘', '’') or ('\'', '\'') or ('«', '»');

    private static void TrimWhiteSpace(string text, ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
    }
}
