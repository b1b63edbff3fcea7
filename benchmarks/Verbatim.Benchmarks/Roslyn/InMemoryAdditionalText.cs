using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Verbatim.Benchmarks.Roslyn;

/// <summary>
/// A corpus file as the compiler sees it. Like the compiler's own file-backed text, it makes its
/// <see cref="SourceText"/> on first read and keeps it, so a fresh instance costs what reading costs.
/// </summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private SourceText? _source;

    public override string Path { get; } = path;

    public string Text { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        _source ??= SourceText.From(Text);
}
