using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Verbatim.Benchmarks.Roslyn;

/// <summary>
/// Roslyn's own driver cost: reads every additional file and emits one tiny file per file, nothing
/// more. Any incremental generator over the same files pays at least this.
/// </summary>
internal sealed class DoNothingGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider.Select((file, cancellationToken) =>
            (Name: System.IO.Path.GetFileName(file.Path), Length: file.GetText(cancellationToken)?.Length ?? 0));
        context.RegisterSourceOutput(lengths, (output, file) =>
            output.AddSource(file.Name + ".g.cs", "// " + file.Length.ToString(CultureInfo.InvariantCulture) + "\n"));
    }
}
