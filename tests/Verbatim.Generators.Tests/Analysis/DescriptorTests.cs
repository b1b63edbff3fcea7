using System.Linq;
using Microsoft.CodeAnalysis;
using Verbatim.Generators.Analysis;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>What every Verbatim diagnostic declares: the severities docs/diagnostics.md lists and a help link to its own section of docs/diagnostics.md.</summary>
public sealed class DescriptorTests
{
    [Fact]
    public void Every_id_has_its_contract_severity_and_its_own_help_section()
    {
        var descriptors = new CorpusAnalyzer().SupportedDiagnostics;

        descriptors.Select(descriptor => (descriptor.Id, descriptor.DefaultSeverity, descriptor.HelpLinkUri)).ShouldBe(new[]
        {
            ("VQ0001", DiagnosticSeverity.Error, Help("vq0001")),
            ("VQ0002", DiagnosticSeverity.Error, Help("vq0002")),
            ("VQ0003", DiagnosticSeverity.Error, Help("vq0003")),
            ("VQ0004", DiagnosticSeverity.Error, Help("vq0004")),
            ("VQ0005", DiagnosticSeverity.Warning, Help("vq0005")),
            ("VQ0006", DiagnosticSeverity.Info, Help("vq0006")),
            ("VQ0007", DiagnosticSeverity.Error, Help("vq0007")),
            ("VQ0008", DiagnosticSeverity.Warning, Help("vq0008")),
            ("VQ0009", DiagnosticSeverity.Warning, Help("vq0009")),
            ("VQ0010", DiagnosticSeverity.Info, Help("vq0010")),
        });
        descriptors.ShouldAllBe(descriptor => descriptor.Category == "Verbatim" && descriptor.IsEnabledByDefault);
    }

    private static string Help(string anchor) =>
        "https://github.com/verbatim-corpus/verbatim/blob/main/docs/diagnostics.md#" + anchor;
}
