namespace Verbatim.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class LibraryTests(PackedVerbatim verbatim)
{
    // DateOnly exists from .NET 6 on; netstandard2.0 gets DateTime instead (docs/generated-api.md).
    private const string Headlines = """
        namespace NewsLib;

        public static class Headlines
        {
            public static string First => NewsLib.Corpus.Articles.All[0].Title;

            public static string LowTrust => NewsLib.Corpus.Articles.MoscowTalks.LowTrust.Text;
        #if NET6_0_OR_GREATER
            public static System.DateOnly? Published => NewsLib.Corpus.Articles.MoscowTalks.Published;
        #else
            public static System.DateTime? Published => NewsLib.Corpus.Articles.MoscowTalks.Published;
        #endif
        }
        """;

    [Fact]
    public void Libraries_on_netstandard2_0_and_net8_0_compile_against_the_same_corpus_without_warnings()
    {
        // netstandard2.0 defaults to C# 7.3; the generated code needs C# 8 or later.
        var library = ConsumerProject.Create(verbatim, nameof(LibraryTests), "NewsLib", "netstandard2.0;net8.0",
                new Dictionary<string, string> { ["LangVersion"] = "latest" })
            .WithNewsCorpus()
            .Write("Headlines.cs", Headlines);

        var build = library.Build();

        build.Succeeded.ShouldBeTrue(build.ToString());
        build.Output.ShouldNotContain(": warning ", Case.Sensitive, build.ToString());
        File.Exists(Path.Combine(library.Directory, "bin", "Debug", "netstandard2.0", "NewsLib.dll")).ShouldBeTrue(build.ToString());
        File.Exists(Path.Combine(library.Directory, "bin", "Debug", "net8.0", "NewsLib.dll")).ShouldBeTrue(build.ToString());
    }
}
