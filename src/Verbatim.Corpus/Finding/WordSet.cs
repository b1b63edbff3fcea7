using System.Collections.Generic;

namespace Verbatim.Corpus.Finding;

/// <summary>A set of words matched in place in the text (case and apostrophes folded, see <see cref="WordKey"/>), so a lookup allocates nothing.</summary>
internal sealed class WordSet
{
    private readonly Dictionary<long, List<string>> _byHash = new();

    public WordSet(IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            string folded = WordKey.Folded(word, 0, word.Length);
            long hash = WordKey.Hash(folded, 0, folded.Length);
            if (!_byHash.TryGetValue(hash, out var same))
            {
                _byHash.Add(hash, same = new List<string>(1));
            }
            if (!same.Contains(folded))
            {
                same.Add(folded);
            }
        }
    }

    public bool Contains(string text, int start, int length)
    {
        if (!_byHash.TryGetValue(WordKey.Hash(text, start, length), out var same))
        {
            return false;
        }
        foreach (string word in same)
        {
            if (WordKey.Equals(word, text, start, length))
            {
                return true;
            }
        }
        return false;
    }
}
