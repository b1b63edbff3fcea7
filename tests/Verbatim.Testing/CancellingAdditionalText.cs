using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Verbatim.Testing;

/// <summary>A file whose reading cancels the run that reads it, as an editor does when the user types on.</summary>
public sealed class CancellingAdditionalText(AdditionalText file, CancellationTokenSource cancellation) : AdditionalText
{
    public override string Path => file.Path;

    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        cancellation.Cancel();
        return file.GetText(cancellationToken);
    }
}
