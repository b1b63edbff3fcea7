using System;
using System.IO;

namespace Verbatim.Corpus.Parsing.Yaml;

/// <summary>
/// Reads part of a string as a <see cref="TextReader"/>, so YamlDotNet reads a front matter in
/// place instead of from a copy of it cut out of every article.
/// </summary>
internal sealed class TextSliceReader : TextReader
{
    private readonly string _text;
    private readonly int _end;
    private int _position;

    public TextSliceReader(string text, int start, int length)
    {
        _text = text;
        _position = start;
        _end = start + length;
    }

    public override int Peek() => _position < _end ? _text[_position] : -1;

    public override int Read() => _position < _end ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        int read = Math.Min(count, _end - _position);
        _text.CopyTo(_position, buffer, index, read);
        _position += read;
        return read;
    }
}
