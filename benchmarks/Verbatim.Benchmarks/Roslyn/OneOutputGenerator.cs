using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Verbatim.Benchmarks.Roslyn;

/// <summary>
/// The floor of a generator that reads every file and writes one file of them all: one step per
/// file (its length), one collect, one output. An edit to one file pays Roslyn's input node, that
/// step's table and the collect, each a pass over every file, and nothing per generated file.
/// </summary>
internal sealed class OneOutputGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider
            .Select((file, cancellationToken) => file.GetText(cancellationToken)?.Length ?? 0)
            .Collect();
        context.RegisterSourceOutput(lengths, (output, all) =>
            output.AddSource("Lengths.g.cs", "// " + all.Sum().ToString(CultureInfo.InvariantCulture) + "\n"));
    }
}
