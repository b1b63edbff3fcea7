using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>The promises every build of every corpus keeps, whatever the corpus holds.</summary>
internal static class BuildChecks
{
    /// <summary>Neither the generator nor the analyzer threw (no CS8785, no AD0001), and the generated code compiles cleanly.</summary>
    public static void ShouldBeSound(this BuildOutcome outcome, IReadOnlyList<InMemoryAdditionalText> files)
    {
        outcome.GeneratorException.ShouldBeNull();
        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.AnalyzerExceptions.ShouldBeEmpty();
        outcome.AnalyzerDiagnostics.ShouldNotContain(d => d.Id == "AD0001");
        outcome.CompilerDiagnostics.Select(Describe).ShouldBeEmpty(outcome.AllSources);
        outcome.ShouldPlaceEveryDiagnosticInItsFile(files);
    }

    /// <summary>
    /// Every analyzer diagnostic points into one of the corpus files, at a span inside its text,
    /// with the line and column Roslyn itself computes for that span.
    /// </summary>
    public static void ShouldPlaceEveryDiagnosticInItsFile(this BuildOutcome outcome, IReadOnlyList<InMemoryAdditionalText> files)
    {
        var byPath = files.GroupBy(file => file.Path).ToDictionary(group => group.Key, group => group.First().GetText());
        foreach (var diagnostic in outcome.AnalyzerDiagnostics)
        {
            var location = diagnostic.Location;
            location.Kind.ShouldBe(LocationKind.ExternalFile, Describe(diagnostic));
            var lineSpan = location.GetLineSpan();
            byPath.TryGetValue(lineSpan.Path, out var text).ShouldBeTrue(Describe(diagnostic));
            location.SourceSpan.End.ShouldBeLessThanOrEqualTo(text!.Length, Describe(diagnostic));
            lineSpan.Span.ShouldBe(text.Lines.GetLinePositionSpan(location.SourceSpan), Describe(diagnostic));
        }
    }

    /// <summary>The analyzer found no error: only VQ0005 (renamed member), VQ0006 (unquoted speaker) and VQ0010 (unannotated quotation) may appear.</summary>
    public static void ShouldReportNoCorpusError(this BuildOutcome outcome) =>
        outcome.AnalyzerDiagnostics
            .Where(d => d.Id is not ("VQ0005" or "VQ0006" or "VQ0010"))
            .Select(Describe)
            .ShouldBeEmpty();

    /// <summary>Diagnostics as a build prints them, <c>path(line,column): id</c>, in that order.</summary>
    public static string[] Rendered(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Select(d => (Span: d.Location.GetLineSpan(), d.Id))
            .Select(d => $"{d.Span.Path}({d.Span.StartLinePosition.Line + 1},{d.Span.StartLinePosition.Character + 1}): {d.Id}")
            .OrderBy(line => line, System.StringComparer.Ordinal)
            .ToArray();

    public static string Describe(Diagnostic diagnostic) =>
        diagnostic.ToString() + (diagnostic.Location.IsInSource ? " at «" + Excerpt(diagnostic.Location) + "»" : "");

    private static string Excerpt(Location location)
    {
        var text = location.SourceTree!.GetText();
        var line = text.Lines.GetLineFromPosition(location.SourceSpan.Start);
        return text.ToString(TextSpan.FromBounds(line.Start, line.End));
    }
}
