namespace Verbatim.Corpus.Statements;

/// <summary>
/// A normalized word's 64-bit hash (FNV-1a over its UTF-16 characters): the same in every process
/// and on every platform, so it can stand for the word in a cached pipeline value.
/// </summary>
public static class WordHash
{
    private const ulong Prime = 1_099_511_628_211;

    /// <summary>The hash of no characters, which <see cref="Add"/> goes on from.</summary>
    internal const ulong Empty = 14_695_981_039_346_656_037;

    /// <summary>The hash of <paramref name="word"/>.</summary>
    public static ulong Of(string word)
    {
        ulong hash = Empty;
        foreach (char c in word)
        {
            hash = Add(hash, c);
        }
        return hash;
    }

    /// <summary>The hash of a word spelt so far (hashed as <paramref name="hash"/>) and then <paramref name="c"/>.</summary>
    internal static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;
}
