using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Analysis;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>VQ0001: a quote attributed to a speaker id nothing defines.</summary>
public sealed class UndefinedSpeakerTests
{
    [Fact]
    public async Task Reported_at_the_speaker_id_with_the_closest_defined_id()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article("{@tilerson “Trust is low.”} {@putin “We met.”}")));

        rendered.ShouldBe(new[]
        {
            "corpus/a.article.md(4,3): error VQ0001: Speaker 'tilerson' is not defined; did you mean 'tillerson'?",
            "corpus/people.speakers.yaml(1,1): info VQ0006: Speaker 'tillerson' is never quoted; quote them or remove the definition.",
        });
    }

    [Fact]
    public async Task Carries_the_suggestion_for_the_code_fix()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article("{@tilerson “Trust is low.”} {@putin “We met.”}")));

        var undefined = diagnostics.Single(diagnostic => diagnostic.Id == "VQ0001");
        DiagnosticProperties.Suggestions(undefined).ShouldBe(new[] { "tillerson" });
        undefined.Location.SourceSpan.Length.ShouldBe("tilerson".Length);
    }

    [Fact]
    public async Task A_speaker_defined_in_another_articles_front_matter_counts()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            ("corpus/a.article.md", Article("{@peskov “No comment.”}")),
            ("corpus/b.article.md", Article("title: Kremlin\nspeakers:\n  peskov: { name: Dmitri S. Peskov }", "Nothing said.")));

        rendered.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_close_id_the_message_names_the_registries()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article(QuotesBoth + " {@lavrov “Facts.”}")));

        rendered.ShouldBe(new[]
        {
            "corpus/a.article.md(4,51): error VQ0001: Speaker 'lavrov' is not defined; add it to 'corpus/people.speakers.yaml' or to the front matter's 'speakers'.",
        });
    }

    [Fact]
    public async Task Every_undefined_speaker_of_a_file_is_reported()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article(QuotesBoth + "\n{@lavrov,tilerson “Facts.”}\n{@putin “Yes.”} {@peskov “No.”}")));

        rendered.Select(line => line.Split(':')[0]).ShouldBe(new[]
        {
            "corpus/a.article.md(5,3)",
            "corpus/a.article.md(5,10)",
            "corpus/a.article.md(6,19)",
        });
        rendered.ShouldAllBe(line => line.Contains("error VQ0001"));
    }

    [Fact]
    public async Task File_name_endings_compare_case_insensitively_as_the_generator_does()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            ("corpus/People.Speakers.YAML", Registry),
            ("corpus/A.Article.MD", Article("{@tilerson “Trust is low.”} {@putin “We met.”}")));

        rendered.ShouldBe(new[]
        {
            "corpus/A.Article.MD(4,3): error VQ0001: Speaker 'tilerson' is not defined; did you mean 'tillerson'?",
            "corpus/People.Speakers.YAML(1,1): info VQ0006: Speaker 'tillerson' is never quoted; quote them or remove the definition.",
        });
    }

    [Fact]
    public async Task Lines_and_columns_follow_the_files_own_line_breaks()
    {
        var article = Article(QuotesBoth + "\n\n{@lavrov “Facts.”}").Replace("\n", "\r\n");

        var diagnostics = await AnalyzerRun.DiagnosticsAsync((RegistryPath, Registry), ("corpus/a.article.md", article));

        var span = diagnostics.Single(diagnostic => diagnostic.Id == "VQ0001").Location.GetLineSpan();
        span.Path.ShouldBe("corpus/a.article.md");
        span.StartLinePosition.ShouldBe(new LinePosition(5, 2));
        span.EndLinePosition.ShouldBe(new LinePosition(5, 8));
    }
}
