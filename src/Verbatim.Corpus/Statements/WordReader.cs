using System;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Where <see cref="StatementWords"/> writes the words of one quote after another: buffers that
/// grow to the longest quote and are reused, so a quote costs only the arrays its signature keeps.
/// One reader serves one caller at a time: make one per article, never share one between threads.
/// </summary>
internal sealed class WordReader
{
    private string[] _texts = new string[32];
    private int[] _starts = new int[32], _lengths = new int[32];
    private ulong[] _hashes = new ulong[32];
    private int[] _gaps = new int[4];
    private char[] _word = new char[64];

    /// <summary>How many words the last quote read has.</summary>
    public int Count { get; private set; }

    /// <summary>How many of them stand after a gap.</summary>
    public int GapCount { get; private set; }

    public string Text(int word) => _texts[word];

    public int Start(int word) => _starts[word];

    public int Length(int word) => _lengths[word];

    public bool AfterGap(int word) => Array.BinarySearch(_gaps, 0, GapCount, word) >= 0;

    /// <summary>Forgets the last quote's words (not the strings: the next quote reuses them).</summary>
    public void Clear() => (Count, GapCount) = (0, 0);

    /// <summary>A buffer of at least <paramref name="length"/> characters to spell a word in.</summary>
    public char[] WordBuffer(int length)
    {
        if (_word.Length < length)
        {
            _word = new char[Math.Max(length, _word.Length * 2)];
        }
        return _word;
    }

    /// <summary>Appends a word whose normalized text is <paramref name="text"/>, hashed as <paramref name="hash"/>.</summary>
    public void Add(string text, ulong hash, int start, int length, bool afterGap)
    {
        if (Count == _texts.Length)
        {
            int grown = Count * 2;
            Array.Resize(ref _texts, grown);
            Array.Resize(ref _starts, grown);
            Array.Resize(ref _lengths, grown);
            Array.Resize(ref _hashes, grown);
        }
        if (afterGap)
        {
            if (GapCount == _gaps.Length)
            {
                Array.Resize(ref _gaps, GapCount * 2);
            }
            _gaps[GapCount++] = Count;
        }
        (_texts[Count], _hashes[Count], _starts[Count], _lengths[Count]) = (text, hash, start, length);
        Count++;
    }

    public string[] Texts() => Copy(_texts, Count);

    public int[] Starts() => Copy(_starts, Count);

    public int[] Lengths() => Copy(_lengths, Count);

    public ulong[] Hashes() => Copy(_hashes, Count);

    public int[] Gaps() => Copy(_gaps, GapCount);

    private static T[] Copy<T>(T[] items, int count)
    {
        if (count == 0)
        {
            return Array.Empty<T>();
        }
        var copy = new T[count];
        Array.Copy(items, copy, count);
        return copy;
    }
}
