using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Diagnostics;

/// <summary>
/// Keeps at most <see cref="DiagnosticLimits.MaxDiagnosticsPerFile"/> diagnostics per file, then one that
/// says the rest were left out (with the id and place of the first one left out).
/// </summary>
internal sealed class DiagnosticCap
{
    private readonly Dictionary<string, int> _countByPath = new(System.StringComparer.Ordinal);

    /// <summary>True when <paramref name="diagnostic"/> (or the summary that replaces it, in <paramref name="kept"/>) is kept.</summary>
    public bool TryKeep(CorpusDiagnostic diagnostic, out CorpusDiagnostic kept)
    {
        _countByPath.TryGetValue(diagnostic.Path, out int count);
        kept = diagnostic;
        if (count > DiagnosticLimits.MaxDiagnosticsPerFile)
        {
            return false;
        }
        _countByPath[diagnostic.Path] = count + 1;
        if (count == DiagnosticLimits.MaxDiagnosticsPerFile || IsSummary(diagnostic))
        {
            // Whatever follows a summary of this file is dropped.
            _countByPath[diagnostic.Path] = DiagnosticLimits.MaxDiagnosticsPerFile + 1;
            kept = IsSummary(diagnostic)
                ? diagnostic
                : new CorpusDiagnostic(diagnostic.Id, CorpusMessages.TooManyMistakes, diagnostic.Path, diagnostic.Span, EquatableArray<string>.Empty);
        }
        return true;
    }

    private static bool IsSummary(CorpusDiagnostic diagnostic) => diagnostic.Message == CorpusMessages.TooManyMistakes;
}
