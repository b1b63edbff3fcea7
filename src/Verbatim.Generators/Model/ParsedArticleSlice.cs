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
/// <param name="Articles">In the order the compilation lists the files, which stays the same from edit to edit, so
/// a slice no edit touched compares equal without being sorted (an edit reruns the cut over the whole corpus); the
/// models are sorted when a slice is built. An article whose id another file won is among them (it yields no model).</param>
internal sealed record ParsedArticleSlice(int Index, EquatableArray<ParsedArticle> Articles)
{
    /// <summary>Every slice of <paramref name="count"/> that holds a parsed article.</summary>
    public static ImmutableArray<ParsedArticleSlice> Split(IReadOnlyList<ParsedArticle> articles, int count) =>
        Slices.CutInItemOrder(articles, article => article.IdHash, count)
            .Select((slice, index) => new ParsedArticleSlice(index, new EquatableArray<ParsedArticle>(slice)))
            .Where(slice => slice.Articles.Count > 0)
            .ToImmutableArray();
}
