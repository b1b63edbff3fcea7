using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Cli.Infrastructure;

namespace Verbatim.Cli.Checking;

/// <summary>A corpus file handed to the analyzer as an additional file, under its full path as a build does.</summary>
internal sealed class FileAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public FileAdditionalText(CorpusFile file)
    {
        Path = file.FullPath;
        _text = file.Text;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
