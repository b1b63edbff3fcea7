using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>A corpus file as the compiler hands it over: a path and a <see cref="SourceText"/>.</summary>
internal sealed class CorpusFile : AdditionalText
{
    private readonly SourceText _text;

    private CorpusFile(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    /// <summary>The text as Roslyn reads it (a BOM removed, undecodable bytes already replaced).</summary>
    public string Text => _text.ToString();

    /// <summary>A file at <paramref name="relativePath"/> in the consumer's project folder.</summary>
    public static CorpusFile At(string relativePath, string text) => FromText(BuildProperties.ProjectDirectory + relativePath, text);

    public static CorpusFile FromText(string path, string text) => new(path, SourceText.From(text, Encoding.UTF8));

    /// <summary>
    /// Decodes <paramref name="bytes"/> the way the compiler reads an additional file from disk:
    /// UTF-8 (a BOM honoured), falling back to a single-byte encoding when the bytes are not UTF-8.
    /// </summary>
    public static CorpusFile FromBytes(string path, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return new CorpusFile(path, SourceText.From(stream, encoding: null, throwIfBinaryDetected: false));
    }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
