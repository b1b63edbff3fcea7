using System.Linq;
using System.Threading.Tasks;
using Verbatim.Generators.Analysis;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>VQ0004: a duplicate id.</summary>
public sealed class DuplicateIdTests
{
    [Fact]
    public async Task A_duplicate_quote_id_is_reported_at_the_second_with_a_free_id_to_rename_to()
    {
        var article = Article("{@tillerson#trust “Trust is low.”} {@putin#trust “We met.”} {@putin#trust-2 “Again.”}");

        var diagnostics = await AnalyzerRun.DiagnosticsAsync((RegistryPath, Registry), ("corpus/a.article.md", article));

        var duplicate = diagnostics.ShouldHaveSingleItem();
        AnalyzerRun.Render(duplicate).ShouldBe(
            "corpus/a.article.md(4,44): error VQ0004: Quote id 'trust' is already used in this article; give this quote another id.");
        DiagnosticProperties.Suggestions(duplicate).ShouldBe(new[] { "trust-3" });
    }

    [Fact]
    public async Task The_same_quote_id_in_two_articles_is_no_duplicate()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article("{@tillerson#trust “Trust is low.”}")),
            ("corpus/b.article.md", Article("{@putin#trust “We met.”}")));

        rendered.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_speaker_defined_differently_in_two_files_is_reported_at_the_later_by_path()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article("title: Meeting\nspeakers:\n  putin: { name: Vladimir Putin }", QuotesBoth)));

        rendered.ShouldBe(new[]
        {
            "corpus/people.speakers.yaml(4,1): error VQ0004: Speaker 'putin' is already defined differently in 'corpus/a.article.md'; make the definitions identical or use another id.",
        });
    }

    [Fact]
    public async Task The_same_speaker_defined_identically_twice_is_one_speaker()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article("title: Meeting\nspeakers:\n  putin: { name: Vladimir V. Putin }", QuotesBoth)));

        rendered.ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_articles_with_one_id_are_reported_at_the_second()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article("id: meeting\ntitle: Meeting", QuotesBoth)),
            ("corpus/b.article.md", Article("id: meeting\ntitle: Meeting again", "Nothing said.")));

        rendered.ShouldBe(new[]
        {
            "corpus/b.article.md(2,5): error VQ0004: Article id 'meeting' is already used by 'corpus/a.article.md'; give this article another id.",
        });
    }
}
