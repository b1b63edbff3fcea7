namespace Verbatim.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class DiagnosticTests(PackedVerbatim verbatim)
{
    // Line 4, and the misspelt id starts at column 11, right after "He said {@".
    private const string Misspelt = """
        ---
        title: Misspelt
        ---
        He said {@tilerson “Hello.”} and left.
        """;

    [Fact]
    public void An_undefined_speaker_fails_the_build_at_its_line_and_column_until_editorconfig_lowers_it()
    {
        var library = ConsumerProject.Create(verbatim, nameof(DiagnosticTests), "NewsLib", "net10.0")
            .WithNewsCorpus()
            .Write("articles/misspelt.article.md", Misspelt)
            .Write("Headline.cs", "namespace NewsLib; public static class Headline { public static string First => Corpus.Articles.All[0].Title; }");
        var location = Path.Combine("articles", "misspelt.article.md") + "(4,11)";

        var failed = library.Build();

        failed.ExitCode.ShouldNotBe(0, failed.ToString());
        failed.Output.ShouldContain(location + ": error VQ0001", Case.Sensitive, failed.ToString());
        failed.Output.ShouldContain("tillerson", Case.Sensitive, failed.ToString());
        failed.Output.ShouldNotContain("error CS", Case.Sensitive, failed.ToString());

        // The section must cover the project's C# files, as Headline.cs: see docs/diagnostics.md (roslyn#31916).
        library.Write(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.VQ0001.severity = warning
            """);
        var lowered = library.Build();

        lowered.Succeeded.ShouldBeTrue(lowered.ToString());
        lowered.Output.ShouldContain(location + ": warning VQ0001", Case.Sensitive, lowered.ToString());
    }
}
