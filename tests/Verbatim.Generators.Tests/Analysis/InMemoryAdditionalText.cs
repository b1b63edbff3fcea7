using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>An additional file held in memory; a null text stands for a file that cannot be read.</summary>
internal sealed class InMemoryAdditionalText(string path, SourceText? text) : AdditionalText
{
    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text))
    {
    }

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
}
