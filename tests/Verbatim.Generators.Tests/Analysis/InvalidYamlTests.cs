using System.Threading.Tasks;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>VQ0003: invalid front matter or registry YAML.</summary>
public sealed class InvalidYamlTests
{
    [Fact]
    public async Task Front_matter_mistakes_are_reported_at_their_keys_and_values()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article("title: Meeting\npublished: 2017-13-40\nurl: not/absolute\nsection: World", QuotesBoth)));

        rendered.ShouldBe(new[]
        {
            "corpus/a.article.md(3,12): error VQ0003: '2017-13-40' is not a valid date; write 'published' as yyyy-MM-dd, such as 2017-04-12.",
            "corpus/a.article.md(4,6): error VQ0003: 'not/absolute' is not an absolute URL; write the full address, such as https://www.example.com/article.",
            "corpus/a.article.md(5,1): error VQ0003: Unknown front matter key 'section'; use id, title, outlet, published, url, authors or speakers.",
        });
    }

    [Fact]
    public async Task A_missing_title_is_reported_at_the_front_matter()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article("outlet: The Times", QuotesBoth)));

        rendered.ShouldBe(new[]
        {
            "corpus/a.article.md(1,1): error VQ0003: The article has no title; add 'title: …' to the front matter.",
        });
    }

    [Fact]
    public async Task A_registry_speaker_without_a_name_is_reported_in_the_registry()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry + "\nlavrov:\n  role: Foreign Minister\n"),
            ("corpus/a.article.md", Article(QuotesBoth)));

        rendered.ShouldBe(new[]
        {
            "corpus/people.speakers.yaml(6,1): error VQ0003: Speaker 'lavrov' has no name; add 'name: …'.",
        });
    }
}
