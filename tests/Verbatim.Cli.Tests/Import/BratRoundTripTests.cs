namespace Verbatim.Cli.Tests.Import;

public sealed class BratRoundTripTests
{
    [Fact]
    public void Export_then_import_then_export_gives_byte_identical_files_for_the_sample_corpus()
    {
        using var work = new TempFolder();

        AssertRoundTrip(RepositoryFiles.SampleCorpus, work);
    }

    [Fact]
    public void Escapes_nesting_several_speakers_and_characters_outside_the_bmp_survive_the_round_trip()
    {
        using var work = new TempFolder().WithRegistry().Write("corpus/articles/tricky.article.md", """
            ---
            title: "Tricky: yes"
            authors: [A. Reporter, "B: Writer"]
            url: https://example.com/a?b=c#d
            ---
            🙂 {@tillerson “{@lavrov {@tillerson x}} y”} \{literal\} \\ {not an annotation

            {@lavrov,tillerson#both:indirect across

            paragraphs}
            """).Write("corpus/people.speakers.yaml", Corpora.Registry + "\n'2nd':\n  name: \"Number: two\"\n  kind: anonymous\n  aliases: [\"yes\", no]\n");

        AssertRoundTrip(work["corpus"], work);
        Cli.Run("check", work["imported"]).OutLines.ShouldContain(line => line.Contains("info VQ0006: Speaker '2nd'"));
    }

    private static void AssertRoundTrip(string corpus, TempFolder work)
    {
        Cli.Run("export", corpus, "--format", "brat", "--output", work["first"]).ExitCode.ShouldBe(0);
        var imported = Cli.Run("import", "brat", work["first"], "--output", work["imported"]);
        imported.ExitCode.ShouldBe(0, imported.ToString());
        var check = Cli.Run("check", work["imported"]);
        check.OutLines.ShouldNotContain(line => line.Contains(": error "), check.ToString());
        Cli.Run("export", work["imported"], "--format", "brat", "--output", work["second"]).ExitCode.ShouldBe(0);

        var first = Directory.GetFiles(work["first"]).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var second = Directory.GetFiles(work["second"]).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        second.ShouldBe(first);
        foreach (var name in first)
        {
            File.ReadAllBytes(Path.Combine(work["second"], name!)).ShouldBe(File.ReadAllBytes(Path.Combine(work["first"], name!)), name);
        }
    }
}
