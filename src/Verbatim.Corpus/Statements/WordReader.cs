using System;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Where <see cref="StatementWords"/> writes the words of one quote after another: buffers that
/// grow to the longest quote and are reused, so a quote costs only what its signature keeps (its
/// normalized text as one string, its words' hashes as one array). A word is spelt straight into
/// the text, so most words are never copied. One reader serves one caller at a time: make one per
/// article, never share one between threads.
/// </summary>
internal sealed class WordReader
{
    private SignatureWord[] _words = new SignatureWord[32];
    private (int Start, int Length)[] _places = new (int Start, int Length)[32];
    private char[] _text = new char[256];
    private int _textLength;
    private int[] _gaps = new int[4];

    /// <summary>How many words the last quote read has.</summary>
    public int Count { get; private set; }

    /// <summary>How many of them stand after a gap.</summary>
    public int GapCount { get; private set; }

    /// <summary>The normalized text being written: a word is spelt from <see cref="Spell"/>'s place on.</summary>
    public char[] TextBuffer => _text;

    public int Start(int word) => _places[word].Start;

    public int Length(int word) => _places[word].Length;

    public bool AfterGap(int word) => Array.BinarySearch(_gaps, 0, GapCount, word) >= 0;

    /// <summary>Forgets the last quote's words.</summary>
    public void Clear() => (Count, GapCount, _textLength) = (0, 0, 0);

    /// <summary>
    /// Where the next word's characters go in <see cref="TextBuffer"/>, with room for
    /// <paramref name="length"/> of them; nothing is kept until <see cref="Spelt"/>.
    /// </summary>
    public int Spell(int length)
    {
        int at = Count == 0 ? 0 : _textLength + 1;
        if (_text.Length < at + length)
        {
            Array.Resize(ref _text, Math.Max(at + length, _text.Length * 2));
        }
        return at;
    }

    /// <summary>Keeps the word of <paramref name="spelt"/> characters spelt at <see cref="Spell"/>'s place, hashed as <paramref name="hash"/>.</summary>
    public void Spelt(int spelt, ulong hash, int start, int length, bool afterGap) => Append(spelt, hash, start, length, afterGap);

    /// <summary>Appends a word whose normalized text is <paramref name="text"/>, hashed as <paramref name="hash"/>.</summary>
    public void Add(string text, ulong hash, int start, int length, bool afterGap)
    {
        int at = Spell(text.Length);
        text.CopyTo(0, _text, at, text.Length);
        Append(text.Length, hash, start, length, afterGap);
    }

    /// <summary>The normalized words, one space between each two.</summary>
    public string Text() => _textLength == 0 ? string.Empty : new string(_text, 0, _textLength);

    public SignatureWord[] Words() => Copy(_words, Count);

    public int[] Gaps() => Copy(_gaps, GapCount);

    // Records a word whose textLength characters are in place after the space that goes before it.
    private void Append(int textLength, ulong hash, int start, int length, bool afterGap)
    {
        if (Count == _words.Length)
        {
            Array.Resize(ref _words, Count * 2);
            Array.Resize(ref _places, Count * 2);
        }
        if (afterGap)
        {
            if (GapCount == _gaps.Length)
            {
                Array.Resize(ref _gaps, GapCount * 2);
            }
            _gaps[GapCount++] = Count;
        }
        int at = Count == 0 ? 0 : _textLength + 1;
        if (Count > 0)
        {
            _text[_textLength] = ' ';
        }
        (_words[Count], _places[Count]) = (new SignatureWord(hash), (start, length));
        Count++;
        _textLength = at + textLength;
    }

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
