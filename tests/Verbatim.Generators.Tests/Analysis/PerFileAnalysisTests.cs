using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>An IDE analyses one additional file at a time: each file gets its own diagnostics, cross-file ones included.</summary>
public sealed class PerFileAnalysisTests
{
    private static readonly AdditionalText RegistryFile = new InMemoryAdditionalText(RegistryPath, Registry);
    private static readonly AdditionalText ArticleFile = new InMemoryAdditionalText("corpus/a.article.md", Article("{@tilerson “Trust is low.”} {@putin “We met.”}"));

    [Fact]
    public async Task The_article_alone_gets_its_undefined_speaker()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(new[] { RegistryFile, ArticleFile }, onlyFile: ArticleFile);

        diagnostics.Select(AnalyzerRun.Render).ShouldBe(new[]
        {
            "corpus/a.article.md(4,3): error VQ0001: Speaker 'tilerson' is not defined; did you mean 'tillerson'?",
        });
    }

    [Fact]
    public async Task The_registry_alone_gets_its_unquoted_speaker()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(new[] { RegistryFile, ArticleFile }, onlyFile: RegistryFile);

        diagnostics.Select(AnalyzerRun.Render).ShouldBe(new[]
        {
            "corpus/people.speakers.yaml(1,1): info VQ0006: Speaker 'tillerson' is never quoted; quote them or remove the definition.",
        });
    }
}
