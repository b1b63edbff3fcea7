using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>
/// The parsed articles of one <see cref="ArticleSlice"/>, before their models are built. The models
/// are built a slice at a time, so an edit passes one slice through the combine with the corpus-wide
/// facts and the build, not every article.
/// </summary>
/// <param name="Articles">In the order of <c>Articles.All</c>; an article whose id another file won is among them (it yields no model).</param>
internal sealed record ParsedArticleSlice(int Index, EquatableArray<ParsedArticle> Articles)
{
    /// <summary>Every slice of <paramref name="count"/> that holds a parsed article.</summary>
    public static ImmutableArray<ParsedArticleSlice> Split(IReadOnlyList<ParsedArticle> articles, int count) =>
        Slices.CutInIdOrder(articles, article => article.IdHash, article => article.Article.Id, count)
            .Select((slice, index) => new ParsedArticleSlice(index, new EquatableArray<ParsedArticle>(slice)))
            .Where(slice => slice.Articles.Count > 0)
            .ToImmutableArray();
}
