using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>The generated statements: the files as approved, the API as it runs, and what an edit regenerates.</summary>
public sealed class StatementTests
{
    private static readonly IncrementalStepRunReason[] Reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    private const string StatementProbe = """
        using System.Linq;
        using System.Text;
        using Consumer.Corpus;

        internal static class Probe
        {
            public static string Run()
            {
                var report = new StringBuilder();
                foreach (var statement in Statements.All)
                {
                    report.Append(statement.Id).Append(" | ").Append(statement.Text).Append(" | ")
                        .Append(string.Join(",", statement.Articles.Select(a => a.Id))).Append(" | ")
                        .Append(string.Join(",", statement.Speakers.Select(s => s.Id))).Append(" | ")
                        .Append(string.Join(" / ", statement.Wordings.Select(w => w.Text + " (" + string.Join(",", w.Quotes.Select(q => q.Article.Id)) + ")"))).Append('\n');
                }
                var powers = Statements.NuclearPowers;
                report.Append("member=").Append(powers.Quotes.Count).Append('\n');
                report.Append("quote statements=").Append(Articles.Nyt.NuclearPowers.Statements.Single() == powers).Append('\n');
                report.Append("lone=").Append(Articles.Nyt.Quotes[2].Statements.Count).Append('\n');
                report.Append("sic=").Append(string.Join(",", Quotes.All.Where(q => q.IsSic).Select(q => q.Article.Id))).Append('\n');
                return report.ToString();
            }
        }
        """;

    [Fact]
    public void The_statement_files()
    {
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }");
        var (_, sources) = GeneratorRun.Generate(StatementCorpus.Files, compilation);

        // The statement types do not depend on the corpus: the test corpus' snapshots hold them.
        Snapshots.MatchAll(sources.Keys
            .Where(name => name.StartsWith("Verbatim.Statements", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name.Replace(".g.cs", "", StringComparison.Ordinal), sources[name])), "cs");
    }

    [Theory]
    [InlineData("net8.0", LanguageVersion.Latest)]
    [InlineData("netstandard2.0", LanguageVersion.CSharp8)]
    public void The_statements_link_the_outlets_quotes_and_run(string target, LanguageVersion languageVersion)
    {
        var references = target == "net8.0" ? GeneratorRun.Net80 : GeneratorRun.NetStandard20;
        var compilation = GeneratorRun.Compilation(references, languageVersion, StatementProbe);
        var (output, _) = GeneratorRun.Generate(StatementCorpus.Files, compilation);

        GeneratorRun.RunProbe(output).Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(new[]
        {
            "nuclear-powers | The world’s two foremost nuclear powers cannot have this kind of relationship. | anj,guardian,nymag,nyt | tillerson | "
                + "The world’s two foremost nuclear powers cannot have this kind of relationship. (nymag,nyt) / "
                + "The world's two foremost nuclear owners can not have this kind of relationship. (anj) / "
                + "this kind of relationship (anj) / "
                + "The world’s two foremost nuclear powers cannot have this sort of relationship. (guardian)",
            "degraded | You could say confidence between our soldiers got worse. | nymag,nyt | putin | "
                + "You could say confidence between our soldiers got worse. (nymag) / "
                + "The level of trust at the working level has not become better but most likely has degraded. (nyt)",
            "member=5",
            "quote statements=True",
            "lone=0",
            "sic=anj",
        });
    }

    [Fact]
    public void An_edit_to_prose_outside_quotes_changes_nothing_downstream_of_the_article()
    {
        var nyt = StatementCorpus.Nyt;
        var run = IncrementalRun.Of(StatementCorpus.Files, driver => driver.ReplaceAdditionalText(
            nyt, new InMemoryAdditionalText(nyt.Path, nyt.Text.Replace("He left.", "He left the room at noon.", StringComparison.Ordinal))));

        run.Reasons(TrackingNames.QuoteSignatures).ShouldAllBe(reason => Reused.Contains(reason));
        run.Reasons(TrackingNames.LinkedStatements).ShouldAllBe(reason => Reused.Contains(reason));
        run.Reasons(TrackingNames.ArticleOutlets).ShouldAllBe(reason => Reused.Contains(reason));
        run.Reasons(TrackingNames.StatementSlices).ShouldAllBe(reason => Reused.Contains(reason));
        run.RegeneratedSources().ShouldAllBe(name => !name.StartsWith("Verbatim.Statement", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_inside_one_quote_relinks_and_regenerates_only_the_slices_that_changed()
    {
        var guardian = StatementCorpus.Guardian;
        var run = IncrementalRun.Of(StatementCorpus.Files, driver => driver.ReplaceAdditionalText(
            guardian, new InMemoryAdditionalText(guardian.Path, guardian.Text.Replace("sort of", "kind of", StringComparison.Ordinal))));

        run.Reasons(TrackingNames.QuoteSignatures).Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        run.Reasons(TrackingNames.LinkedStatements).ShouldBe(new[] { IncrementalStepRunReason.Modified });
        run.RegeneratedSources().Where(name => name.StartsWith("Verbatim.Statement", StringComparison.Ordinal))
            .ShouldBe(new[] { "Verbatim.Statements.00.g.cs" });
    }
}
