using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>One slice of the quote table (see <see cref="Slices"/>): an edit to an article's words regenerates one.</summary>
/// <param name="Articles">The quotes of the articles of this slice, in the order of <c>Articles.All</c>.</param>
internal sealed record QuoteSlice(int Index, EquatableArray<ArticleQuotes> Articles)
{
    /// <summary>Every slice, empty ones included, each with its articles in the order of <c>Articles.All</c>.</summary>
    public static ImmutableArray<QuoteSlice> Split(IReadOnlyList<ArticleQuotes> articles) =>
        Slices.CutInIdOrder(articles, article => article.IdHash, article => article.ArticleId, Slices.CountFor(articles.Count))
            .Select((slice, index) => new QuoteSlice(index, new EquatableArray<ArticleQuotes>(slice)))
            .ToImmutableArray();
}
