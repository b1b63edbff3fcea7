using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// What linking needs of one quote, with no place in the article: a prose edit outside the quote
/// leaves it equal, so an incremental pipeline stops there. Word offsets count from the start of
/// the quote's content (<c>Body.Substring(Start, Length)</c>).
/// </summary>
/// <param name="Index">The quote's place in <see cref="ArticleSpec.Quotes"/>.</param>
/// <param name="Id">The quote id, or null.</param>
/// <param name="Speakers">The speaker ids, lower-cased (ids compare case-insensitively).</param>
/// <param name="Kind">Only direct quotes link by their words.</param>
/// <param name="Sic">True when the annotation says the outlet printed these words so.</param>
/// <param name="Content">The quote's content, as printed (markup removed).</param>
/// <param name="Words">The normalized words (<see cref="StatementWords"/>).</param>
/// <param name="WordStarts">Where each word was printed in <paramref name="Content"/>.</param>
/// <param name="WordLengths">How long each printed word is.</param>
/// <param name="Nested">The word ranges of nested quotes, as start and end pairs: their words are other speakers'.</param>
/// <param name="Gaps">The words an ellipsis or the editor's bracketed words stand before (<see cref="StatementWord.AfterGap"/>), ascending.</param>
/// <param name="Continues">The quote of the same article this one continues, a sentence split around the attribution
/// (<c>“We will,” he said, “do it.”</c>), or -1.</param>
/// <param name="WordHashes">Each word's <see cref="WordHash"/>, one per word of <paramref name="Words"/>: a number
/// that stands for the word, for a join that would rather compare numbers than strings.</param>
public sealed record QuoteSignature(
    int Index,
    string? Id,
    EquatableArray<string> Speakers,
    QuoteKind Kind,
    bool Sic,
    string Content,
    EquatableArray<string> Words,
    EquatableArray<int> WordStarts,
    EquatableArray<int> WordLengths,
    EquatableArray<int> Nested,
    EquatableArray<int> Gaps,
    int Continues,
    EquatableArray<ulong> WordHashes);

/// <summary>The signatures of one article's quotes, in document order.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Quotes">One signature per quote of the article.</param>
public sealed record ArticleSignature(string ArticleId, EquatableArray<QuoteSignature> Quotes);
