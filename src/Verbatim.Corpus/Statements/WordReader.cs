using System;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Where <see cref="StatementWords"/> writes the words of one quote after another: buffers that
/// grow to the longest quote and are reused, so a quote costs only what its signature keeps (its
/// normalized text as one string, its words' facts as one array). One reader serves one caller
/// at a time: make one per article, never share one between threads.
/// </summary>
internal sealed class WordReader
{
    private SignatureWord[] _words = new SignatureWord[32];
    // Where each word's normalized text is in _text: the reader's own, a signature finds it by the spaces.
    private (int Start, int Length)[] _textPlaces = new (int Start, int Length)[32];
    private char[] _text = new char[256];
    private int _textLength;
    private int[] _gaps = new int[4];
    private char[] _word = new char[64];

    /// <summary>How many words the last quote read has.</summary>
    public int Count { get; private set; }

    /// <summary>How many of them stand after a gap.</summary>
    public int GapCount { get; private set; }

    public string Word(int word) => new(_text, _textPlaces[word].Start, _textPlaces[word].Length);

    public int Start(int word) => _words[word].Start;

    public int Length(int word) => _words[word].Length;

    public bool AfterGap(int word) => Array.BinarySearch(_gaps, 0, GapCount, word) >= 0;

    /// <summary>Forgets the last quote's words.</summary>
    public void Clear() => (Count, GapCount, _textLength) = (0, 0, 0);

    /// <summary>A buffer of at least <paramref name="length"/> characters to spell a word in.</summary>
    public char[] WordBuffer(int length)
    {
        if (_word.Length < length)
        {
            _word = new char[Math.Max(length, _word.Length * 2)];
        }
        return _word;
    }

    /// <summary>Appends a word spelt by the first <paramref name="spelt"/> characters of <paramref name="spelling"/>, hashed as <paramref name="hash"/>.</summary>
    public void Add(char[] spelling, int spelt, ulong hash, int start, int length, bool afterGap)
    {
        int at = Append(spelt, hash, start, length, afterGap);
        Array.Copy(spelling, 0, _text, at, spelt);
    }

    /// <summary>Appends a word whose normalized text is <paramref name="text"/>, hashed as <paramref name="hash"/>.</summary>
    public void Add(string text, ulong hash, int start, int length, bool afterGap)
    {
        int at = Append(text.Length, hash, start, length, afterGap);
        text.CopyTo(0, _text, at, text.Length);
    }

    /// <summary>The normalized words, one space between each two.</summary>
    public string Text() => _textLength == 0 ? string.Empty : new string(_text, 0, _textLength);

    public SignatureWord[] Words() => Copy(_words, Count);

    public int[] Gaps() => Copy(_gaps, GapCount);

    // Makes room for a word of textLength characters (and the space before it) and records its facts; returns where its text goes.
    private int Append(int textLength, ulong hash, int start, int length, bool afterGap)
    {
        if (Count == _words.Length)
        {
            Array.Resize(ref _words, Count * 2);
            Array.Resize(ref _textPlaces, Count * 2);
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
        if (_text.Length < at + textLength)
        {
            Array.Resize(ref _text, Math.Max(at + textLength, _text.Length * 2));
        }
        if (Count > 0)
        {
            _text[_textLength] = ' ';
        }
        (_words[Count], _textPlaces[Count]) = (new SignatureWord(hash, start, length), (at, textLength));
        Count++;
        _textLength = at + textLength;
        return at;
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
