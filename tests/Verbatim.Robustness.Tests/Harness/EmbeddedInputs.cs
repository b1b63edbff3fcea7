using System.IO;
using System.Linq;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>Files embedded in this assembly as bytes, by logical name.</summary>
internal static class EmbeddedInputs
{
    /// <summary>Each resource whose name starts with <paramref name="prefix"/>: its name after the prefix (with '/') and its bytes, in name order.</summary>
    public static (string Name, byte[] Bytes)[] Under(string prefix)
    {
        var assembly = typeof(EmbeddedInputs).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, System.StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return (name.Substring(prefix.Length).Replace('\\', '/'), bytes.ToArray());
            })
            .OrderBy(input => input.Item1, System.StringComparer.Ordinal)
            .ToArray();
    }
}
