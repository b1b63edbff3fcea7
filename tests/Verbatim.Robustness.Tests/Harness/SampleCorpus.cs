using System.Linq;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>The repository's sample corpus (embedded in this assembly as bytes), placed in the consumer's project folder.</summary>
internal static class SampleCorpus
{
    /// <summary>Each file's path and bytes, in path order.</summary>
    public static (string Path, byte[] Bytes)[] Files { get; } =
        EmbeddedInputs.Under("sample-corpus/").Select(file => (Consumer.ProjectDirectory + file.Name, file.Bytes)).ToArray();

    public static InMemoryAdditionalText[] AsFiles() => Files.Select(file => InMemoryAdditionalText.FromBytes(file.Path, file.Bytes)).ToArray();
}
