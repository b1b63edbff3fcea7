namespace Verbatim.Corpus.Finding;

/// <summary>
/// Compares words the way names are matched: ignoring case, with ’ and ' alike. Works on the
/// text in place, so looking a word up allocates nothing.
/// </summary>
internal static class WordKey
{
    public static char Fold(char c) => c == '’' ? '\'' : char.ToLowerInvariant(c);

    public static long Hash(string text, int start, int length)
    {
        // FNV-1a over the folded characters.
        ulong hash = 14695981039346656037UL;
        for (int i = start; i < start + length; i++)
        {
            hash = (hash ^ Fold(text[i])) * 1099511628211UL;
        }
        return (long)hash;
    }

    public static string Folded(string text, int start, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = Fold(text[start + i]);
        }
        return new string(chars);
    }

    public static bool Equals(string folded, string text, int start, int length)
    {
        if (folded.Length != length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (folded[i] != Fold(text[start + i]))
            {
                return false;
            }
        }
        return true;
    }
}
