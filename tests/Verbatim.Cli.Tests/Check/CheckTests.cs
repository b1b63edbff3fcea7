using System.Text.Json;

namespace Verbatim.Cli.Tests.Check;

public sealed class CheckTests
{
    private const string Help = " (https://github.com/verbatim-corpus/verbatim/blob/main/docs/diagnostics.md#";
    private const string MisspeltLine = "articles/misspelt.article.md(4,11): error VQ0001: Speaker 'tilerson' is not defined; did you mean 'tillerson'?" + Help + "vq0001)";

    [Fact]
    public void An_undefined_speaker_is_printed_as_msbuild_prints_it_and_fails_the_check()
    {
        using var corpus = new TempFolder().WithRegistry().Write("articles/misspelt.article.md", Corpora.Misspelt);

        var result = Cli.Run("check", corpus.Path);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldContain(MisspeltLine, result.ToString());
        result.OutLines.ShouldContain("people.speakers.yaml(5,1): info VQ0006: Speaker 'lavrov' is never quoted; quote them or remove the definition." + Help + "vq0006)", result.ToString());
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public void A_clean_corpus_passes_with_a_summary()
    {
        using var corpus = new TempFolder().WithRegistry().Write("articles/meeting.article.md", Corpora.Clean);

        var result = Cli.Run("check", corpus.Path);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.ShouldBe(new[] { "2 corpus files checked: 0 errors, 0 warnings, 0 info." }, result.ToString());
    }

    [Theory]
    [InlineData("[*]")]
    [InlineData("[*.cs]")]
    [InlineData("[*.{cs,md,yaml}]")]
    public void Editorconfig_sections_that_cover_csharp_files_set_the_severity_as_in_a_build(string section)
    {
        using var corpus = new TempFolder().WithRegistry().Write("articles/misspelt.article.md", Corpora.Misspelt)
            .Write(".editorconfig", $"root = true\n\n{section}\ndotnet_diagnostic.VQ0001.severity = warning\ndotnet_diagnostic.VQ0006.severity = none\n");

        var result = Cli.Run("check", corpus.Path);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.ShouldBe(new[]
        {
            MisspeltLine.Replace("error VQ0001", "warning VQ0001"),
            "2 corpus files checked: 0 errors, 1 warning, 0 info.",
        }, result.ToString());
    }

    [Fact]
    public void A_section_for_markdown_files_only_is_ignored_as_in_a_build()
    {
        using var corpus = new TempFolder().WithRegistry().Write("articles/misspelt.article.md", Corpora.Misspelt)
            .Write(".editorconfig", "root = true\n\n[*.md]\ndotnet_diagnostic.VQ0001.severity = warning\n");

        var result = Cli.Run("check", corpus.Path);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldContain(MisspeltLine, result.ToString());
    }

    [Fact]
    public void A_globalconfig_and_an_editorconfig_above_the_folder_are_read()
    {
        using var parent = new TempFolder().Write(".globalconfig", "is_global = true\ndotnet_diagnostic.VQ0006.severity = none\n")
            .Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.VQ0001.severity = error\n")
            .Write("corpus/people.speakers.yaml", Corpora.Registry)
            .Write("corpus/articles/misspelt.article.md", Corpora.Misspelt);

        var result = Cli.Run("check", parent["corpus"]);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldBe(new[] { MisspeltLine, "2 corpus files checked: 1 error, 0 warnings, 0 info." }, result.ToString());
    }

    [Fact]
    public void Files_under_the_top_bin_and_obj_folders_are_left_out_as_by_the_package()
    {
        using var corpus = new TempFolder().WithRegistry().Write("articles/meeting.article.md", Corpora.Clean)
            .Write("bin/Debug/misspelt.article.md", Corpora.Misspelt)
            .Write("obj/misspelt.article.md", Corpora.Misspelt)
            .Write("drafts/bin/misspelt.article.md", Corpora.Misspelt);

        var result = Cli.Run("check", corpus.Path);

        result.OutLines.ShouldBe(new[]
        {
            MisspeltLine.Replace("articles/", "drafts/bin/"),
            "3 corpus files checked: 1 error, 0 warnings, 0 info.",
        }, result.ToString());
    }

    [Fact]
    public void Sarif_holds_the_same_diagnostics_with_relative_uris_and_regions()
    {
        using var corpus = new TempFolder().WithRegistry().Write("articles/misspelt.article.md", Corpora.Misspelt);
        var sarifPath = corpus["out/check.sarif"];

        var result = Cli.Run("check", corpus.Path, "--sarif", sarifPath);

        result.ExitCode.ShouldBe(1, result.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        sarif.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var run = sarif.RootElement.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString().ShouldBe("Verbatim");
        run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()
            .ShouldBe(new Uri(corpus.Path + "/").AbsoluteUri);
        var undefined = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "VQ0001");
        undefined.GetProperty("level").GetString().ShouldBe("error");
        undefined.GetProperty("message").GetProperty("text").GetString().ShouldBe("Speaker 'tilerson' is not defined; did you mean 'tillerson'?");
        var location = undefined.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("articles/misspelt.article.md");
        var region = location.GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endColumn").GetInt32())
            .ShouldBe((4, 11, 19));
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        undefined.GetProperty("ruleIndex").GetInt32().ShouldBe(rules.IndexOf("VQ0001"));
    }

    [Fact]
    public void The_sample_corpus_is_clean()
    {
        var result = Cli.Run("check", RepositoryFiles.SampleCorpus);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.ShouldBe(new[] { "6 corpus files checked: 0 errors, 0 warnings, 0 info." }, result.ToString());
    }
}
