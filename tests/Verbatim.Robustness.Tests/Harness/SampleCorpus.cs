using System.IO;
using System.Linq;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>The repository's sample corpus (embedded in this assembly as bytes), placed in the consumer's project folder.</summary>
internal static class SampleCorpus
{
    private const string Prefix = "sample-corpus/";

    /// <summary>Each file's path and bytes, in path order.</summary>
    public static (string Path, byte[] Bytes)[] Files { get; } = Load();

    private static (string Path, byte[] Bytes)[] Load()
    {
        var assembly = typeof(SampleCorpus).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, System.StringComparison.Ordinal))
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return (BuildProperties.ProjectDirectory + name.Substring(Prefix.Length).Replace('\\', '/'), bytes.ToArray());
            })
            .ToArray();
    }

    public static CorpusFile[] AsFiles() => Files.Select(file => CorpusFile.FromBytes(file.Path, file.Bytes)).ToArray();
}
