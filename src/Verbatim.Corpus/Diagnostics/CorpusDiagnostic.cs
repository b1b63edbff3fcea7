using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Diagnostics;

/// <summary>
/// A mistake in the corpus, located at the offending token of its file.
/// </summary>
/// <param name="Id">One of <see cref="DiagnosticIds"/>.</param>
/// <param name="Message">The complete message, naming what is wrong and, where one is known, the fix.</param>
/// <param name="Path">The file, as the caller named it.</param>
/// <param name="Span">The offending token.</param>
/// <param name="Suggestions">Replacements for the text at <paramref name="Span"/>, best first (for code fixes).</param>
public sealed record CorpusDiagnostic(
    string Id,
    string Message,
    string Path,
    SourceSpan Span,
    EquatableArray<string> Suggestions);
