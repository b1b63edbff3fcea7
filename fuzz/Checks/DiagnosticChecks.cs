using System.Collections.Generic;
using Verbatim.Corpus.Diagnostics;

namespace Verbatim.Fuzzing.Checks;

/// <summary>Every diagnostic names a known id and a message, and points inside its own file.</summary>
public static class DiagnosticChecks
{
    private static readonly HashSet<string> s_ids = new()
    {
        DiagnosticIds.UndefinedSpeaker, DiagnosticIds.MalformedAnnotation, DiagnosticIds.InvalidYaml,
        DiagnosticIds.DuplicateId, DiagnosticIds.RenamedMember, DiagnosticIds.UnquotedSpeaker,
    };

    public static void RequireInFile(IEnumerable<CorpusDiagnostic> diagnostics, FileSpans file) =>
        RequireInFiles(diagnostics, new Dictionary<string, FileSpans> { [file.Path] = file });

    public static void RequireInFiles(IEnumerable<CorpusDiagnostic> diagnostics, IReadOnlyDictionary<string, FileSpans> files)
    {
        foreach (var diagnostic in diagnostics)
        {
            InvariantViolation.Require(s_ids.Contains(diagnostic.Id), () => $"unknown diagnostic id {diagnostic.Id}: {diagnostic.Message}");
            InvariantViolation.Require(diagnostic.Message.Length > 0, () => $"{diagnostic.Id} without a message");
            InvariantViolation.Require(files.TryGetValue(diagnostic.Path, out var file), () => $"{diagnostic.Id} in {diagnostic.Path}, which is no corpus file");
            files[diagnostic.Path].RequireInside(diagnostic.Span, diagnostic.Id + " " + diagnostic.Message);
        }
    }
}
