using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>A corpus file as the compiler hands it to a generator.</summary>
internal sealed class CorpusFile(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public string Content { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
