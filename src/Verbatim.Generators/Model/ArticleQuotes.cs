using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>One article's rows of the quote table.</summary>
/// <param name="IdHash">The id's <see cref="Slices.Hash"/>, which picks its slice.</param>
internal sealed record ArticleQuotes(string ArticleId, uint IdHash, EquatableArray<QuoteModel> Quotes);
