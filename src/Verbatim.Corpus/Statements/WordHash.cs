namespace Verbatim.Corpus.Statements;

/// <summary>
/// A normalized word's 64-bit hash (FNV-1a over its UTF-16 characters): the same in every process
/// and on every platform, so it can stand for the word in a cached pipeline value.
/// </summary>
public static class WordHash
{
    private const ulong Offset = 14_695_981_039_346_656_037, Prime = 1_099_511_628_211;

    /// <summary>The hash of <paramref name="word"/>.</summary>
    public static ulong Of(string word)
    {
        ulong hash = Offset;
        foreach (char c in word)
        {
            hash = (hash ^ c) * Prime;
        }
        return hash;
    }

    internal static ulong Of(char[] chars, int offset, int length)
    {
        ulong hash = Offset;
        for (int i = offset; i < offset + length; i++)
        {
            hash = (hash ^ chars[i]) * Prime;
        }
        return hash;
    }
}
