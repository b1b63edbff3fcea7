using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Tests;

/// <summary>Diagnostics written the way a build prints them: 1-based <c>(line,column)</c>, then the id and message.</summary>
internal static class Diagnosed
{
    public static string[] Lines(EquatableArray<CorpusDiagnostic> diagnostics) => diagnostics.Select(Line).ToArray();

    public static string Line(CorpusDiagnostic d) =>
        $"({d.Span.StartLine + 1},{d.Span.StartColumn + 1})-({d.Span.EndLine + 1},{d.Span.EndColumn + 1}) {d.Id}: {d.Message}";
}
