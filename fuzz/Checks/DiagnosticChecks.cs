using System.Collections.Generic;
using Verbatim.Corpus.Diagnostics;

namespace Verbatim.Fuzzing.Checks;

/// <summary>Every diagnostic names a known id and a message and points inside its own file; a file has no more than the limit.</summary>
public static class DiagnosticChecks
{
    private static readonly HashSet<string> s_ids = new()
    {
        DiagnosticIds.UndefinedSpeaker, DiagnosticIds.MalformedAnnotation, DiagnosticIds.InvalidYaml,
        DiagnosticIds.DuplicateId, DiagnosticIds.RenamedMember, DiagnosticIds.UnquotedSpeaker,
        DiagnosticIds.Misquote, DiagnosticIds.ConflictingAttribution, DiagnosticIds.UnannotatedQuotation,
    };

    public static void RequireInFile(IEnumerable<CorpusDiagnostic> diagnostics, FileSpans file) =>
        RequireInFiles(diagnostics, new Dictionary<string, FileSpans> { [file.Path] = file });

    public static void RequireInFiles(IEnumerable<CorpusDiagnostic> diagnostics, IReadOnlyDictionary<string, FileSpans> files)
    {
        var countByPath = new Dictionary<string, int>();
        foreach (var diagnostic in diagnostics)
        {
            countByPath[diagnostic.Path] = countByPath.TryGetValue(diagnostic.Path, out int count) ? count + 1 : 1;
            InvariantViolation.Require(
                countByPath[diagnostic.Path] <= DiagnosticLimits.MaxDiagnosticsPerFile + 1,
                () => $"more than {DiagnosticLimits.MaxDiagnosticsPerFile} diagnostics and the one that says so in {diagnostic.Path}");
            InvariantViolation.Require(s_ids.Contains(diagnostic.Id), () => $"unknown diagnostic id {diagnostic.Id}: {diagnostic.Message}");
            InvariantViolation.Require(diagnostic.Message.Length > 0, () => $"{diagnostic.Id} without a message");
            bool known = files.TryGetValue(diagnostic.Path, out var file);
            InvariantViolation.Require(known, () => $"{diagnostic.Id} in {diagnostic.Path}, which is no corpus file");
            file!.RequireInside(diagnostic.Span, diagnostic.Id + " " + diagnostic.Message);
        }
    }
}
