using System.Threading.Tasks;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>VQ0002: a malformed annotation.</summary>
public sealed class MalformedAnnotationTests
{
    [Fact]
    public async Task Every_malformed_annotation_of_a_file_is_reported_at_its_token()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article(QuotesBoth + "\n{@ “Empty.”}\n{@tillerson:loud “Loud.”}\nA stray } brace.\n{@putin “Never closed.")));

        rendered.ShouldBe(new[]
        {
            "corpus/a.article.md(5,3): error VQ0002: An annotation needs a speaker id here; write one, such as '{@tillerson …}'.",
            "corpus/a.article.md(6,13): error VQ0002: Unknown quote kind 'loud'; use 'direct' or 'indirect'.",
            "corpus/a.article.md(7,9): error VQ0002: This '}' closes no annotation; write '\\}' for a literal brace, or remove it.",
            "corpus/a.article.md(8,1): error VQ0002: This annotation is never closed; end its content with '}'.",
        });
    }
}
