namespace Verbatim.Corpus.Model;

/// <summary>
/// A range of a corpus file: the offset and length in UTF-16 code units of the text exactly as
/// given to the parser (Roslyn's <c>SourceText</c> has already dropped a BOM; a BOM left in the
/// string counts as a character), and the same range as 0-based lines and columns, the way
/// Roslyn's <c>LinePositionSpan</c> counts them (line breaks: CR, LF, CRLF, U+0085, U+2028, U+2029).
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public int End => Start + Length;
}
