using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Verbatim.Benchmarks.Roslyn;

/// <summary>
/// A corpus file as the compiler sees it: UTF-8 bytes, as on disk (held in memory so the disk is
/// not measured), decoded into a <see cref="SourceText"/> on first read and kept, as the compiler's
/// own file-backed text does. A fresh instance therefore costs what reading the file costs.
/// </summary>
internal sealed class InMemoryAdditionalText(string path, byte[] utf8) : AdditionalText
{
    private SourceText? _source;

    public override string Path { get; } = path;

    public byte[] Utf8 { get; } = utf8;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        _source ??= SourceText.From(new MemoryStream(Utf8, writable: false), Encoding.UTF8);
}
