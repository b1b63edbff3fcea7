using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>
/// One slice of the quote table. The table is split so that an edit to one article's text
/// regenerates (and the compiler reparses) one slice, not the quotes of the whole corpus. An article
/// stays in its slice while articles come and go, unless the number of slices changes.
/// </summary>
/// <param name="Articles">The quotes of the articles of this slice, in the order of <c>Articles.All</c>.</param>
internal sealed record QuoteBucket(int Index, EquatableArray<ArticleQuotes> Articles)
{
    /// <summary>About this many articles share a slice, up to <see cref="MaxCount"/> slices.</summary>
    private const int ArticlesPerBucket = 64;

    private const int MaxCount = 64;

    public static int CountFor(int articles) => System.Math.Min(MaxCount, System.Math.Max(1, (articles + ArticlesPerBucket - 1) / ArticlesPerBucket));

    /// <summary>The slice of article <paramref name="id"/>: a stable hash (FNV-1a over UTF-16), never <c>string.GetHashCode</c>, which varies by process.</summary>
    public static int Of(string id, int count)
    {
        uint hash = 2166136261;
        foreach (char c in id)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }
        return (int)(hash % (uint)count);
    }

    /// <summary>Every slice, empty ones included, each with its articles in the order of <c>Articles.All</c>.</summary>
    public static ImmutableArray<QuoteBucket> Split(IEnumerable<ArticleQuotes> articles)
    {
        var ordered = articles.OrderBy(article => article.ArticleId, System.StringComparer.Ordinal).ToList();
        int count = CountFor(ordered.Count);
        return Enumerable.Range(0, count)
            .Select(index => new QuoteBucket(index, ordered.Where(article => Of(article.ArticleId, count) == index).ToEquatableArray()))
            .ToImmutableArray();
    }
}
