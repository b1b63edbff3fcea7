namespace Verbatim.Corpus.Drafting;

/// <summary>
/// Whether a raw article opens with its headline: a first paragraph of one short line that does
/// not end like a sentence of prose (a full stop, comma, semicolon or colon), with more text after it.
/// </summary>
internal static class Headline
{
    private const int MaxLength = 200;
    private const int FallbackWords = 12;

    /// <summary>The headline and where the text after it starts, or null with 0.</summary>
    public static (string? Title, int BodyStart) Read(string text, int start)
    {
        int lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0)
        {
            return (null, start);
        }
        string line = text.Substring(start, lineEnd - start).Trim();
        int next = lineEnd + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r')
        {
            next++;
        }
        bool blankLineAfter = next < text.Length && text[next] == '\n';
        bool reads = line.Length > 0 && line.Length <= MaxLength && blankLineAfter && line[line.Length - 1] is not ('.' or ',' or ';' or ':');
        if (!reads)
        {
            return (null, start);
        }
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        return (line, next);
    }

    /// <summary>A title for an article with no headline: its first words.</summary>
    public static string FirstWords(string text, int start)
    {
        var words = text.Substring(start, System.Math.Min(text.Length - start, 400))
            // Split at every white-space character: the parser trims them all, so none may be a word (a lone U+000B titled nothing).
            .Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
        string title = string.Join(" ", words, 0, System.Math.Min(words.Length, FallbackWords));
        return words.Length > FallbackWords ? title + " …" : title.Length > 0 ? title : "Untitled";
    }
}
