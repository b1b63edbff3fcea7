using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Analysis;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>One analyzer instance keeps parses and the last resolution across compilations, as in an IDE: results must follow every edit.</summary>
public sealed class CachingTests
{
    private static readonly SourceText RegistryText = SourceText.From(Registry);
    private static readonly SourceText WithTypo = SourceText.From(Article(QuotesBoth + " {@tilerson “Again.”}"));
    private static readonly SourceText Fixed = SourceText.From(Article(QuotesBoth + " {@tillerson “Again.”}"));
    private static readonly SourceText Meeting = SourceText.From(Article("id: meeting\ntitle: Meeting", QuotesBoth));

    [Fact]
    public async Task Diagnostics_follow_edits_of_a_corpus_file()
    {
        var analyzer = new CorpusAnalyzer();

        (await IdsAsync(analyzer, ("corpus/a.article.md", WithTypo))).ShouldBe(new[] { "VQ0001" });
        (await IdsAsync(analyzer, ("corpus/a.article.md", WithTypo))).ShouldBe(new[] { "VQ0001" });
        (await IdsAsync(analyzer, ("corpus/a.article.md", Fixed))).ShouldBeEmpty();
        (await IdsAsync(analyzer, ("corpus/a.article.md", WithTypo))).ShouldBe(new[] { "VQ0001" });
    }

    [Fact]
    public async Task Diagnostics_follow_files_added_and_removed()
    {
        var analyzer = new CorpusAnalyzer();

        (await IdsAsync(analyzer, ("corpus/a.article.md", Meeting))).ShouldBeEmpty();
        (await IdsAsync(analyzer, ("corpus/a.article.md", Meeting), ("corpus/b.article.md", Meeting))).ShouldBe(new[] { "VQ0004" });
        (await IdsAsync(analyzer, ("corpus/a.article.md", Meeting))).ShouldBeEmpty();
    }

    [Fact]
    public async Task One_text_at_two_paths_is_read_as_two_files()
    {
        var analyzer = new CorpusAnalyzer();

        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            new AdditionalText[]
            {
                new InMemoryAdditionalText(RegistryPath, RegistryText),
                new InMemoryAdditionalText("corpus/a.article.md", WithTypo),
                new InMemoryAdditionalText("corpus/b.article.md", WithTypo),
            },
            analyzer: analyzer);

        diagnostics.Select(diagnostic => diagnostic.Location.GetLineSpan().Path).Order().ShouldBe(new[]
        {
            "corpus/a.article.md", "corpus/b.article.md",
        });
    }

    private static async Task<string[]> IdsAsync(CorpusAnalyzer analyzer, params (string Path, SourceText Text)[] articles)
    {
        var files = articles
            .Select(article => (AdditionalText)new InMemoryAdditionalText(article.Path, article.Text))
            .Prepend(new InMemoryAdditionalText(RegistryPath, RegistryText));
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(files, analyzer: analyzer);
        return diagnostics.Select(diagnostic => diagnostic.Id).Order().ToArray();
    }
}
