namespace Verbatim.Corpus.Finding;

/// <summary>
/// A pair of quotation marks found in the text, with what lies between them.
/// </summary>
/// <param name="Start">Offset of the opening mark.</param>
/// <param name="End">Offset just past the closing mark, or the end of the paragraph for a quotation that goes on in the next one.</param>
/// <param name="Parent">Index of the enclosing quotation, or -1.</param>
/// <param name="Closed">False when the quotation ran to the end of its paragraph, as a quote of several paragraphs does.</param>
internal readonly record struct Quotation(int Start, int End, int Parent, bool Closed);
