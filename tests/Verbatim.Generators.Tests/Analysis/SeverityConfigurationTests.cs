using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>
/// Severities follow a <c>.globalconfig</c> (diagnostics located in additional files do not follow
/// <c>.editorconfig</c> sections: roslyn#31916, see docs/diagnostics.md).
/// </summary>
public sealed class SeverityConfigurationTests
{
    private static readonly AdditionalText[] CorpusWithUndefinedSpeaker =
    {
        new InMemoryAdditionalText(RegistryPath, Registry),
        new InMemoryAdditionalText("corpus/a.article.md", Article(QuotesBoth + " {@tilerson “Again.”}")),
    };

    [Theory]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("error", DiagnosticSeverity.Error)]
    public async Task The_reported_severity_follows_the_global_config(string configured, DiagnosticSeverity expected)
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            CorpusWithUndefinedSpeaker,
            globalConfig: $"is_global = true\ndotnet_diagnostic.VQ0001.severity = {configured}\n");

        diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(expected);
    }

    [Fact]
    public async Task None_turns_a_diagnostic_off()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            CorpusWithUndefinedSpeaker,
            globalConfig: "is_global = true\ndotnet_diagnostic.VQ0001.severity = none\n");

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Other_ids_keep_their_default()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            CorpusWithUndefinedSpeaker,
            globalConfig: "is_global = true\ndotnet_diagnostic.VQ0002.severity = warning\n");

        diagnostics.Single().Severity.ShouldBe(DiagnosticSeverity.Error);
    }
}
