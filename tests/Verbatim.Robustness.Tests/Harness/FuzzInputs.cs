using System.Collections.Generic;
using System.Linq;
using Verbatim.Fuzzing;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>
/// The coverage-guided fuzzer's inputs embedded in this assembly (docs/robustness.md#coverage-guided-fuzzing):
/// each named <c>seeds/SHAPE/FILE</c> (the seeds of every target whose input has that shape) or
/// <c>regressions/TARGET/FILE</c> (a finding of that target).
/// </summary>
internal static class FuzzInputs
{
    /// <summary>Each input's name and bytes, in name order.</summary>
    public static (string Name, byte[] Bytes)[] All { get; } = EmbeddedInputs.Under("fuzz-inputs/");

    /// <summary>The targets an input is for: the target that found it, or every target of the seed's shape.</summary>
    public static IEnumerable<FuzzTarget> TargetsOf(string name)
    {
        string[] parts = name.Split('/');
        return parts[0] == "seeds"
            ? FuzzTargets.All.Where(target => target.Shape.ToString().Equals(parts[1], System.StringComparison.OrdinalIgnoreCase))
            : FuzzTargets.All.Where(target => target.Name == parts[1]);
    }
}
