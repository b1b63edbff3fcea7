using System.Linq;
using Verbatim.Robustness.Tests.Harness;

namespace Verbatim.Robustness.Tests.Adversarial;

/// <summary>
/// The generator and the analyzer agree on which files are corpus files, so no generated article goes
/// unchecked, and a file the build lists twice counts once.
/// </summary>
public sealed class FileSelectionTests
{
    [Theory]
    [InlineData("articles/upper.ARTICLE.MD", "people.speakers.yaml")]
    [InlineData("articles/mixed.Article.md", "people.Speakers.Yaml")]
    public void A_corpus_file_whose_suffix_differs_in_case_is_either_read_and_checked_or_ignored(string articlePath, string registryPath)
    {
        var files = new[]
        {
            Consumer.File(registryPath, "tillerson:\n  name: Rex W. Tillerson\n"),
            Consumer.File(articlePath, "---\ntitle: Case\n---\n{@tillerson “Defined.”} {@tilerson “Undefined.”}"),
        };

        var outcome = CorpusBuild.Run(files);

        outcome.ShouldBeSound(files);
        var loaded = LoadedCorpus.Load(outcome);
        bool generated = loaded.Articles.Length == 1;
        bool checkedByAnalyzer = outcome.AnalyzerDiagnostics.Any(d => d.Id == "VQ0001");
        checkedByAnalyzer.ShouldBe(generated, generated
            ? "the generator read the article (and dropped a quote) but the analyzer said nothing"
            : "the analyzer checked an article the generator ignored");
    }

    [Fact]
    public void A_file_listed_twice_is_one_file_not_a_duplicate()
    {
        // MSBuild can list an item twice (the package's automatic include plus the user's own item).
        var registry = Consumer.File("people.speakers.yaml", "tillerson:\n  name: Rex W. Tillerson\n");
        var article = Consumer.File("articles/moscow.article.md", "---\ntitle: Moscow\n---\n{@tillerson#trust “Low trust.”}");
        var files = new[] { registry, article, article, registry };

        var outcome = CorpusBuild.Run(files);

        outcome.ShouldBeSound(files);
        outcome.ShouldReportNoCorpusError();
        var loaded = LoadedCorpus.Load(outcome);
        loaded.Articles.ShouldHaveSingleItem().Quotes.ShouldHaveSingleItem().Text.ShouldBe("Low trust.");
        loaded.Speakers.ShouldHaveSingleItem().Id.ShouldBe("tillerson");
    }
}
