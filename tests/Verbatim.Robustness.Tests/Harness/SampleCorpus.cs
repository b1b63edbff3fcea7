using System.Linq;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>The repository's sample corpus (embedded in this assembly as bytes), placed in the consumer's project folder.</summary>
internal static class SampleCorpus
{
    /// <summary>Each file's path and bytes, in path order.</summary>
    public static (string Path, byte[] Bytes)[] Files { get; } =
        EmbeddedInputs.Under("sample-corpus/").Select(file => (BuildProperties.ProjectDirectory + file.Name, file.Bytes)).ToArray();

    public static CorpusFile[] AsFiles() => Files.Select(file => CorpusFile.FromBytes(file.Path, file.Bytes)).ToArray();
}
