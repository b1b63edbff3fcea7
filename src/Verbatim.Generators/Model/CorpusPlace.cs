using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>
/// A range of a corpus file in 1-based lines and columns, as a <c>#line</c> directive writes it:
/// plain data, so models that carry it stay value-equal and cacheable (never a <c>Location</c>).
/// </summary>
internal readonly record struct CorpusRange(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static CorpusRange Of(SourceSpan span) =>
        new(span.StartLine + 1, span.StartColumn + 1, span.EndLine + 1, span.EndColumn + 1);
}

/// <summary>Where a generated member comes from: its corpus file, as the compiler was given it (with <c>/</c> separators), and the range in it.</summary>
internal sealed record CorpusPlace(string Path, CorpusRange Range);
