using System.Linq;
using Verbatim.Robustness.Tests.Harness;

namespace Verbatim.Robustness.Tests.Adversarial;

/// <summary>The generator and the analyzer agree on which files are corpus files, so no generated article goes unchecked.</summary>
public sealed class FileSelectionTests
{
    [Theory]
    [InlineData("articles/upper.ARTICLE.MD", "people.speakers.yaml")]
    [InlineData("articles/mixed.Article.md", "people.Speakers.Yaml")]
    public void A_corpus_file_whose_suffix_differs_in_case_is_either_read_and_checked_or_ignored(string articlePath, string registryPath)
    {
        var files = new[]
        {
            CorpusFile.At(registryPath, "tillerson:\n  name: Rex W. Tillerson\n"),
            CorpusFile.At(articlePath, "---\ntitle: Case\n---\n{@tillerson “Defined.”} {@tilerson “Undefined.”}"),
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
}
