using System.Linq;
using System.Reflection;

namespace Verbatim.Sample.Tests;

/// <summary>Folders the build wrote into the test assembly (real paths, unlike a path-mapped CallerFilePath).</summary>
internal static class TestPaths
{
    public static string SampleCorpus { get; } = Metadata("SampleCorpusDirectory");

    public static string TestProject { get; } = Metadata("TestProjectDirectory");

    private static string Metadata(string key) => typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}
