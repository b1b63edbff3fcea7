using System;
using System.Collections.Generic;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Each normalized word a dense id, in the order words first occur: found by the signature step's
/// 64-bit word hash, the word itself compared on a match, so two words that share a hash stay apart
/// (a later one gets a negative id of its own). Each id's first word is copied into one flat array
/// of characters: the compare on every match reads a few packed cache lines, not the first
/// signature's text wherever it lies in the heap.
/// </summary>
internal sealed class WordIds
{
    private readonly DenseIds _byHash = new(1024);
    // Each id's first word: where its characters start in _chars, and how many they are.
    private int[] _start = new int[1024];
    private int[] _length = new int[1024];
    private char[] _chars = new char[8192];
    private int _end;
    private Dictionary<string, int>? _sharingAHash;

    /// <summary>True once two different words have shared a hash.</summary>
    public bool WordsShareAHash => _sharingAHash is not null;

    /// <summary>The id of the word <c>text[at, at + length)</c>, whose hash is <paramref name="hash"/>.</summary>
    public int IdOf(ulong hash, string text, int at, int length)
    {
        int id = _byHash.IdOf(hash, out bool added);
        if (added)
        {
            Keep(id, text, at, length);
            return id;
        }
        if (SameAsFirst(id, text, at, length))
        {
            return id;
        }
        _sharingAHash ??= new Dictionary<string, int>(StringComparer.Ordinal);
        string word = text.Substring(at, length);
        if (!_sharingAHash.TryGetValue(word, out id))
        {
            _sharingAHash.Add(word, id = -1 - _sharingAHash.Count);
        }
        return id;
    }

    private void Keep(int id, string text, int at, int length)
    {
        if (id == _start.Length)
        {
            Array.Resize(ref _start, id * 2);
            Array.Resize(ref _length, id * 2);
        }
        if (_end + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _end + length));
        }
        text.CopyTo(at, _chars, _end, length);
        (_start[id], _length[id]) = (_end, length);
        _end += length;
    }

    private bool SameAsFirst(int id, string text, int at, int length)
    {
        if (_length[id] != length)
        {
            return false;
        }
        char[] chars = _chars;
        for (int i = 0, start = _start[id]; i < length; i++)
        {
            if (chars[start + i] != text[at + i])
            {
                return false;
            }
        }
        return true;
    }
}
