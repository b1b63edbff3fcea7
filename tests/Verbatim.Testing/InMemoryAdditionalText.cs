using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Verbatim.Testing;

/// <summary>
/// A corpus file as the compiler hands it to the generator and the analyzer, held in memory. Made from bytes,
/// it decodes them the compiler's way (a BOM honoured, undecodable bytes replaced) on first read and keeps the
/// text, as the compiler's file-backed text does: a fresh instance costs what reading the file costs.
/// </summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly byte[]? _bytes;
    private SourceText? _text;

    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, Encoding.UTF8))
    {
    }

    /// <param name="text">Null stands for a file that cannot be read.</param>
    public InMemoryAdditionalText(string path, SourceText? text)
    {
        Path = path;
        _text = text;
    }

    private InMemoryAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        _bytes = bytes;
    }

    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes) => new(path, bytes);

    public override string Path { get; }

    /// <summary>The text as Roslyn reads it.</summary>
    public string Text => (GetText() ?? throw new InvalidOperationException($"{Path} stands for a file that cannot be read.")).ToString();

    public override SourceText? GetText(CancellationToken cancellationToken = default) =>
        _text ??= _bytes is null ? null : SourceText.From(new MemoryStream(_bytes, writable: false), encoding: null, throwIfBinaryDetected: false);
}
