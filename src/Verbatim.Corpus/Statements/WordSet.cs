using System;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// A fixed set of words, found by their <see cref="WordHash"/> and spelling with no string made
/// for the lookup. Filled once, then only read.
/// </summary>
internal sealed class WordSet
{
    private readonly string?[] _words;
    private readonly ulong[] _hashes;

    public WordSet(params string[] words)
    {
        int size = 1;
        while (size < words.Length * 4)
        {
            size *= 2;
        }
        (_words, _hashes) = (new string?[size], new ulong[size]);
        foreach (string word in words)
        {
            ulong hash = WordHash.Of(word);
            int slot = Slot(hash);
            while (_words[slot] is { } taken && taken != word)
            {
                slot = (slot + 1) & (size - 1);
            }
            (_words[slot], _hashes[slot]) = (word, hash);
        }
    }

    /// <summary>The word the <paramref name="length"/> characters of <paramref name="chars"/> from <paramref name="offset"/> on spell, or null when it is not one of these.</summary>
    public string? Find(char[] chars, int offset, int length, ulong hash)
    {
        for (int slot = Slot(hash); _words[slot] is { } word; slot = (slot + 1) & (_words.Length - 1))
        {
            if (_hashes[slot] == hash && Spells(word, chars, offset, length))
            {
                return word;
            }
        }
        return null;
    }

    private int Slot(ulong hash) => (int)(hash ^ (hash >> 32)) & (_words.Length - 1);

    private static bool Spells(string word, char[] chars, int offset, int length)
    {
        if (word.Length != length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (word[i] != chars[offset + i])
            {
                return false;
            }
        }
        return true;
    }
}
