using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>VQ0007: below C# 8 nothing is generated, and the build says so once.</summary>
public sealed class LanguageVersionTests
{
    private static readonly AdditionalText[] ValidCorpus =
    {
        new InMemoryAdditionalText(RegistryPath, Registry),
        new InMemoryAdditionalText("corpus/a.article.md", Article(QuotesBoth)),
    };

    [Fact]
    public async Task Below_CSharp_8_a_corpus_gets_one_project_level_error()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(ValidCorpus, LanguageVersion.CSharp7_3);

        diagnostics.Select(AnalyzerRun.Render).ShouldBe(new[]
        {
            "error VQ0007: Verbatim generates no corpus API for C# 7.3; set <LangVersion> to 8.0 or later",
        });
    }

    [Fact]
    public async Task From_CSharp_8_on_there_is_none()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(ValidCorpus, LanguageVersion.CSharp8);

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_corpus_files_there_is_none()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            new AdditionalText[] { new InMemoryAdditionalText("notes.md", "# not a corpus file") },
            LanguageVersion.CSharp7_3);

        diagnostics.ShouldBeEmpty();
    }
}
