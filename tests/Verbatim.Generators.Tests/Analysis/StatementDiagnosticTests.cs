using System.Linq;
using System.Threading.Tasks;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>VQ0008 (misquote) and VQ0009 (conflicting attribution), as the compiler prints them.</summary>
public sealed class StatementDiagnosticTests
{
    private const string Powers = "The world’s two foremost nuclear powers cannot have this kind of relationship.";
    private const string Owners = "The world’s two foremost nuclear owners cannot have this kind of relationship.";

    private static (string, string) Outlet(string id, string quote, string mark = "") =>
        ($"corpus/{id}.article.md", Article($"{QuotesBoth}\n{{@tillerson{mark} “{quote}”}} he said."));

    [Fact]
    public async Task A_misquote_is_reported_on_the_differing_words_with_both_wordings_and_the_counts()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            Outlet("a", Powers), Outlet("b", Powers), Outlet("c", Powers), Outlet("d", Powers), Outlet("e", Owners));

        rendered.ShouldBe(new[]
        {
            "corpus/e.article.md(5,47): warning VQ0008: ‘nuclear owners’ where 4 of 5 outlets print ‘nuclear powers’; if the outlet did print it so, mark the quote '!sic'.",
        });
    }

    [Fact]
    public async Task The_sic_mark_silences_it()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            Outlet("a", Powers), Outlet("b", Powers), Outlet("e", Owners, "!sic"));

        rendered.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_even_split_is_no_misquote()
    {
        var rendered = await AnalyzerRun.RenderedAsync((RegistryPath, Registry), Outlet("a", Powers), Outlet("e", Owners));

        rendered.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_conflicting_attribution_is_reported_on_the_speaker_id_naming_the_others_and_carries_them_for_the_fix()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            (RegistryPath, Registry),
            Outlet("a", Powers), Outlet("b", Powers),
            ("corpus/c.article.md", Article($"{QuotesBoth}\n{{@putin “{Powers}”}}")));

        diagnostics.Select(AnalyzerRun.Render).ShouldBe(new[]
        {
            "corpus/c.article.md(5,3): warning VQ0009: These words are credited to 'putin' here, but to 'tillerson' in a, b.",
        });
        Verbatim.Generators.Analysis.DiagnosticProperties.Suggestions(diagnostics.Single()).ShouldBe(new[] { "tillerson" });
    }
}
