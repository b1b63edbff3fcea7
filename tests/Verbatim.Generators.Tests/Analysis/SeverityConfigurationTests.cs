using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>
/// Severities follow <c>.editorconfig</c> (as the project's C# files get them) and
/// <c>.globalconfig</c>, which wins; see docs/diagnostics.md.
/// </summary>
public sealed class SeverityConfigurationTests
{
    private static readonly AdditionalText[] CorpusWithUndefinedSpeaker =
    {
        new InMemoryAdditionalText(RegistryPath, Registry),
        new InMemoryAdditionalText("corpus/a.article.md", Article(QuotesBoth + " {@tilerson “Again.”}")),
    };

    [Theory]
    [InlineData("[*]", "warning", DiagnosticSeverity.Warning)]
    [InlineData("[*.cs]", "suggestion", DiagnosticSeverity.Info)]
    [InlineData("[*.cs]", "silent", DiagnosticSeverity.Hidden)]
    [InlineData("[*.{cs,md}]", "error", DiagnosticSeverity.Error)]
    public async Task The_reported_severity_follows_the_editorconfig(string section, string configured, DiagnosticSeverity expected)
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            CorpusWithUndefinedSpeaker,
            configFiles: new ConfigFileOptions(("/project/.editorconfig", $"root = true\n{section}\ndotnet_diagnostic.VQ0001.severity = {configured}\n")));

        diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(expected);
    }

    [Theory]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public async Task The_reported_severity_follows_the_global_config(string configured, DiagnosticSeverity expected)
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            CorpusWithUndefinedSpeaker,
            configFiles: new ConfigFileOptions(("/project/.globalconfig", $"is_global = true\ndotnet_diagnostic.VQ0001.severity = {configured}\n")));

        diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(expected);
    }

    [Theory]
    [InlineData("/project/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.VQ0001.severity = none\n")]
    [InlineData("/project/.globalconfig", "is_global = true\ndotnet_diagnostic.VQ0001.severity = none\n")]
    public async Task None_turns_a_diagnostic_off(string path, string config)
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(CorpusWithUndefinedSpeaker, configFiles: new ConfigFileOptions((path, config)));

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_global_config_wins_over_the_editorconfig()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            CorpusWithUndefinedSpeaker,
            configFiles: new ConfigFileOptions(
                ("/project/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.VQ0001.severity = warning\n"),
                ("/project/.globalconfig", "is_global = true\ndotnet_diagnostic.VQ0001.severity = error\n")));

        diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task C_sharp_files_that_disagree_leave_the_default()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            CorpusWithUndefinedSpeaker,
            configFiles: new ConfigFileOptions(("/project/.editorconfig", "root = true\n[tests/**]\ndotnet_diagnostic.VQ0001.severity = warning\n[src/**]\ndotnet_diagnostic.VQ0001.severity = none\n")),
            sourcePaths: new[] { "/project/src/A.cs", "/project/tests/B.cs" });

        diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Other_ids_keep_their_default()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            CorpusWithUndefinedSpeaker,
            configFiles: new ConfigFileOptions(("/project/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.VQ0002.severity = warning\n")));

        diagnostics.Single().Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Applies_to_VQ0007_too()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            CorpusWithUndefinedSpeaker,
            Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3,
            configFiles: new ConfigFileOptions(("/project/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.VQ0007.severity = warning\n")));

        diagnostics.Single(diagnostic => diagnostic.Id == "VQ0007").Severity.ShouldBe(DiagnosticSeverity.Warning);
    }
}
