using System.IO;
using System.Linq;
using System.Text.Json;
using SampleCorpus.Corpus;
using SampleCorpus.Report;

namespace Verbatim.Sample.Tests;

/// <summary>The sample's report, run in-process over the generated corpus.</summary>
public class ReportTests
{
    [Fact]
    public void The_overview_renders()
    {
        var (exit, output, errors) = Run();

        exit.ShouldBe(ReportApp.Done);
        errors.ShouldBeEmpty();
        Snapshots.Match(output.ReplaceLineEndings("\n"), "txt");
    }

    [Fact]
    public void The_overview_sets_the_most_quoted_statement_side_by_side()
    {
        StatementComparison.MostQuoted(Statements.All)!.Id.ShouldBe("low-trust");

        var (_, output, _) = Run();

        output.ShouldContain("#low-trust, 5 outlets");
        output.ShouldContain("There is a low level of trust between our [-two-] countries,");
        output.ShouldNotContain("\u001b[");
    }

    [Fact]
    public void A_speaker_is_listed_across_outlets_whatever_the_case_of_the_id()
    {
        var (exit, output, _) = Run("--speaker", "LAVROV");

        exit.ShouldBe(ReportApp.Done);
        output.ShouldStartWith("Sergey V. Lavrov (lavrov), Foreign Minister of Russia, Russian Ministry of Foreign Affairs\n43 quotes in 5 outlets\n");
        foreach (var outlet in new[] { "Atridim News Journal", "The Guardian", "New York Magazine", "The New York Times", Labels.UnnamedOutlet })
        {
            output.ShouldContain(outlet + ", 2017-04-12: ");
        }
        output.ShouldContain("\u201Cdiverged\u201D  #diverge");
        output.ShouldContain("(paraphrase) the facts about the chemical weapons attack had yet to be determined");
    }

    [Fact]
    public void A_quote_within_another_speakers_quote_says_who_quoted_it()
    {
        var (_, output, _) = Run("--speaker", "ilf-petrov");

        output.ShouldContain("line  39  \u201CIt\u2019s boring, ladies.\u201D  (quoted by Vladimir V. Putin)");
    }

    [Theory]
    [InlineData("lavrof", "Did you mean: lavrov?")]
    [InlineData("hammond", "Did you mean: r.c.-hammond?")]
    [InlineData("nobody-at-all", "The ids are: declassified-report, former-us-official,")]
    public void An_unknown_speaker_is_an_error_that_names_close_ids(string id, string expected)
    {
        var (exit, output, errors) = Run("--speaker", id);

        exit.ShouldBe(ReportApp.UnknownSpeaker);
        output.ShouldBeEmpty();
        errors.ShouldContain($"No speaker has the id '{id}'.");
        errors.ShouldContain(expected);
    }

    [Fact]
    public void Json_writes_every_quote_as_one_object_per_line()
    {
        var (exit, output, _) = Run("--json");

        exit.ShouldBe(ReportApp.Done);
        var lines = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(Quotes.All.Count);
        for (int i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            var quote = Quotes.All[i];
            root.GetProperty("article").GetString().ShouldBe(quote.Article.Id);
            root.GetProperty("outlet").GetString().ShouldBe(quote.Article.Outlet);
            root.GetProperty("speakerId").GetString().ShouldBe(quote.Speaker.Id);
            root.GetProperty("speakerName").GetString().ShouldBe(quote.Speaker.Name);
            root.GetProperty("kind").GetString().ShouldBe(quote.Kind == QuoteKind.Direct ? "direct" : "indirect");
            root.GetProperty("text").GetString().ShouldBe(quote.Text);
            root.GetProperty("line").GetInt32().ShouldBe(quote.Line);
        }
    }

    [Fact]
    public void Json_keeps_typographic_characters_readable()
    {
        var (_, output, _) = Run("--json");

        output.ShouldContain("\"text\":\"The world\u2019s two foremost nuclear powers cannot have this kind of relationship,\"");
        output.ShouldContain("\"speakerIds\":[\"tillerson\",\"lavrov\"]");
    }

    [Theory]
    [InlineData("--speaker")]
    [InlineData("--speaker", "--json")]
    [InlineData("--json", "--help")]
    [InlineData("--colour")]
    public void A_bad_command_line_prints_the_usage(params string[] args)
    {
        var (exit, output, errors) = Run(args);

        exit.ShouldBe(ReportApp.BadCommandLine);
        output.ShouldBeEmpty();
        errors.ShouldContain(CommandLine.Usage);
    }

    [Fact]
    public void Help_prints_the_usage()
    {
        var (exit, output, _) = Run("--help");

        exit.ShouldBe(ReportApp.Done);
        output.ShouldBe(CommandLine.Usage + "\n");
    }

    [Fact]
    public void Colour_marks_differences_with_ansi_codes()
    {
        var output = new StringWriter();

        StatementComparison.Write(output, Statements.NuclearPowers, DiffStyle.Colour);

        output.ToString().ShouldContain("nuclear \u001b[9;31mpowers\u001b[0m \u001b[32mowners\u001b[0m");
        output.ToString().ShouldContain("[sic]");
    }

    private static (int Exit, string Output, string Errors) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var errors = new StringWriter { NewLine = "\n" };
        int exit = ReportApp.Run(args, output, errors, DiffStyle.Markers);
        return (exit, output.ToString(), errors.ToString());
    }
}
