namespace Verbatim.Corpus.Model;

/// <summary>A speaker id as written inside an annotation's <c>{@…</c>, with its place.</summary>
public readonly record struct SpeakerReference(string Id, SourceSpan Span);

/// <summary>
/// One quote annotation of an article, in document order (an outer quote before its nested ones).
/// </summary>
/// <param name="Id">The <c>#quote-id</c>, or null.</param>
/// <param name="IdSpan">Where the quote id is written, when there is one.</param>
/// <param name="Speakers">The speaker ids as written, in order; never empty.</param>
/// <param name="Start">Offset of the content in <see cref="ArticleSpec.Body"/>.</param>
/// <param name="Length">Length of the content in <see cref="ArticleSpec.Body"/>, nested quotes' words included.</param>
/// <param name="Text">The content with one enclosing pair of quotation marks and surrounding white space trimmed.</param>
/// <param name="Line">1-based line of the annotation's <c>{@</c> in the corpus file.</param>
/// <param name="Parent">Index of the enclosing quote in <see cref="ArticleSpec.Quotes"/>, or -1.</param>
/// <param name="OpeningSpan">The annotation's opening token, from <c>{@</c> through the one space that ends the header.</param>
/// <param name="Sic">True when the annotation ends its header with <c>!sic</c>: the corpus author checked that the outlet printed these words so.</param>
public sealed record QuoteSpec(
    string? Id,
    SourceSpan? IdSpan,
    EquatableArray<SpeakerReference> Speakers,
    QuoteKind Kind,
    int Start,
    int Length,
    string Text,
    int Line,
    int Parent,
    SourceSpan OpeningSpan,
    bool Sic = false);
