using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Finding;

/// <summary>
/// Words in quotation marks outside every annotation, with who the context says spoke them.
/// </summary>
/// <param name="Start">Offset of the opening mark in the text searched.</param>
/// <param name="Length">Through the closing mark (for a quotation that goes on in the next paragraph, through the end of its own).</param>
/// <param name="Text">The words between the marks, trimmed.</param>
/// <param name="IsStatement">True for a statement; false for a scare quote of a word or two or the title of a work.</param>
/// <param name="Parent">Index of the quotation this one is quoted inside, or -1.</param>
/// <param name="Speaker">The likely speaker, or null when the context names none.</param>
/// <param name="Cue">The words that point to <paramref name="Speaker"/>, as the text writes them (<c>Mr. Lavrov said</c>).</param>
/// <param name="Alternatives">Other defined speakers the context names, nearest first.</param>
public sealed record FoundQuotation(
    int Start,
    int Length,
    string Text,
    bool IsStatement,
    int Parent,
    ProposedSpeaker? Speaker,
    string? Cue,
    EquatableArray<ProposedSpeaker> Alternatives)
{
    public int End => Start + Length;
}
