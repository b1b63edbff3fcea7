using Verbatim.Corpus.Model;
namespace Verbatim.Corpus.Parsing;

/// <summary>
/// Where an article's front matter and body lie: the file starts with a line <c>---</c> and the
/// front matter ends at the next line that is exactly <c>---</c>; the body starts after its line break.
/// </summary>
internal readonly record struct FrontMatterBlock(FrontMatterState State, int OpenAt, int YamlStart, int YamlLength, int BodyStart)
{
    public static FrontMatterBlock Find(string text)
    {
        int start = TextStart.AfterByteOrderMark(text);
        if (!IsFenceLine(text, start, out int yamlStart))
        {
            return new FrontMatterBlock(FrontMatterState.Missing, start, start, 0, start);
        }
        int line = yamlStart;
        while (line < text.Length)
        {
            if (IsFenceLine(text, line, out int afterFence))
            {
                return new FrontMatterBlock(FrontMatterState.Closed, start, yamlStart, line - yamlStart, afterFence);
            }
            line = NextLine(text, line);
        }
        return new FrontMatterBlock(FrontMatterState.Unclosed, start, start, 0, start);
    }

    // A line holding exactly "---"; nextLine is where the following line starts.
    private static bool IsFenceLine(string text, int at, out int nextLine)
    {
        nextLine = at + 3;
        if (at + 3 > text.Length || string.CompareOrdinal(text, at, "---", 0, 3) != 0)
        {
            return false;
        }
        if (nextLine == text.Length)
        {
            return true;
        }
        if (!LineMap.IsLineBreak(text[nextLine]))
        {
            return false;
        }
        nextLine = NextLine(text, at);
        return true;
    }

    private static int NextLine(string text, int at)
    {
        int i = at;
        while (i < text.Length && !LineMap.IsLineBreak(text[i]))
        {
            i++;
        }
        if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            return i + 2;
        }
        return i < text.Length ? i + 1 : i;
    }
}

internal enum FrontMatterState
{
    Missing,
    Unclosed,
    Closed,
}
