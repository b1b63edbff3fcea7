namespace Verbatim.Cli.Tests;

/// <summary>Every mistake of the user gets one clear line on stderr and an exit code, never a stack trace.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void A_missing_folder()
    {
        var result = Cli.Run("check", "/no/such/folder");

        result.ExitCode.ShouldBe(3, result.ToString());
        result.Error.ShouldBe("verbatim: The folder '/no/such/folder' does not exist.\n");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void A_folder_without_corpus_files()
    {
        using var folder = new TempFolder().Write("notes.md", "# not a corpus");

        var result = Cli.Run("export", folder.Path, "--format", "jsonl", "--output", folder["out"]);

        result.ExitCode.ShouldBe(3, result.ToString());
        result.Error.ShouldBe($"verbatim: No corpus files (*.article.md, *.speakers.yaml) in '{folder.Path}'.\n");
    }

    [Fact]
    public void An_unreadable_corpus_file()
    {
        using var folder = new TempFolder().WithRegistry();
        File.CreateSymbolicLink(folder["articles/gone.article.md"].Replace("articles/", ""), folder["nowhere/gone.article.md"]);

        var result = Cli.Run("report", folder.Path, "--html", folder["report.html"]);

        result.ExitCode.ShouldBe(3, result.ToString());
        result.Error.ShouldStartWith("verbatim: Cannot read 'gone.article.md': ", Case.Sensitive, result.ToString());
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1, result.ToString());
    }

    [Fact]
    public void A_tei_target_that_exists_is_not_overwritten_without_force()
    {
        using var folder = new TempFolder().WithRegistry().Write("articles/meeting.article.md", Corpora.Clean)
            .Write("out/meeting.xml", "mine");

        var refused = Cli.Run("export", folder.Path, "--format", "tei", "--output", folder["out"]);

        refused.ExitCode.ShouldBe(4, refused.ToString());
        refused.Error.ShouldBe($"verbatim: '{folder["out/meeting.xml"]}' already exist(s); remove them or pass --force to overwrite.\n");
        folder.Read("out/meeting.xml").ShouldBe("mine");

        var forced = Cli.Run("export", folder.Path, "--format", "tei", "--output", folder["out"], "--force");

        forced.ExitCode.ShouldBe(0, forced.ToString());
        folder.Read("out/meeting.xml").ShouldStartWith("<?xml");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("export", ".", "--format", "pdf", "--output", "x")]
    [InlineData("export", ".")]
    [InlineData("import", "brat")]
    public void A_bad_command_line_gets_exit_code_2_and_a_pointer_to_help(params string[] args)
    {
        var result = Cli.Run(args);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldStartWith("verbatim: ", Case.Sensitive, result.ToString());
        result.Error.ShouldEndWith("Run 'verbatim --help' for the commands and their options.\n", Case.Sensitive, result.ToString());
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var result = Cli.Run("--help");

        result.ExitCode.ShouldBe(0, result.ToString());
        foreach (var command in new[] { "check", "export", "import", "report" })
        {
            result.Out.ShouldContain("  " + command + " ", Case.Sensitive, result.ToString());
        }
    }
}
