using System.IO;
using System.Linq;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>
/// The coverage-guided fuzzer's inputs embedded in this assembly (docs/robustness.md#coverage-guided-fuzzing):
/// each named <c>seeds/TARGET/FILE</c> or <c>regressions/TARGET/FILE</c>, the folder naming its fuzz target.
/// </summary>
internal static class FuzzInputs
{
    private const string Prefix = "fuzz-inputs/";

    /// <summary>Each input's name and bytes, in name order.</summary>
    public static (string Name, byte[] Bytes)[] All { get; } = Load();

    public static string TargetOf(string name) => name.Split('/')[1];

    private static (string Name, byte[] Bytes)[] Load()
    {
        var assembly = typeof(FuzzInputs).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, System.StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return (name.Substring(Prefix.Length).Replace('\\', '/'), bytes.ToArray());
            })
            .OrderBy(input => input.Item1, System.StringComparer.Ordinal)
            .ToArray();
    }
}
