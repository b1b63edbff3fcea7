using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>One article's rows of the quote table.</summary>
internal sealed record ArticleQuotes(string ArticleId, EquatableArray<QuoteModel> Quotes);
