using System.Collections.Generic;
using System.Collections.Immutable;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>
/// The articles one generated file holds (their classes, members and bodies), chosen by a stable hash
/// of the id, so an edit to one article regenerates one file of a few dozen articles, not one of many
/// thousands. One file per article made every edit pay Roslyn's check of each hint name against all
/// earlier ones (n²/2 comparisons), which at 10,000 articles was nearly all of an edit (docs/performance.md).
/// </summary>
/// <param name="Articles">The articles of this slice, in the order of <c>Articles.All</c>.</param>
internal sealed record ArticleSlice(int Index, EquatableArray<ArticleModel> Articles)
{
    /// <summary>Up to the cap, a slice holds on average more than half this many articles and at most this many.</summary>
    private const int MaxArticlesPerSlice = 32;

    /// <summary>
    /// Past this the slices grow instead (about 195 articles each at 100,000). Roslyn compares each
    /// generated file's hint name with every earlier one on every run, even when all are cached: 512
    /// files and the other slices cost an edit about 250,000 comparisons (some 5 ms), 1,024 three times
    /// that, more than building and writing the larger slice saves (docs/performance.md).
    /// </summary>
    private const int MaxCount = 512;

    /// <summary>
    /// The smallest power of two that keeps slices at <see cref="MaxArticlesPerSlice"/> articles or fewer on average,
    /// at most <see cref="MaxCount"/>. It changes only when the number of articles crosses a power of two
    /// (then every article moves); an edit that adds or removes no article never changes it.
    /// </summary>
    public static int CountFor(int articles)
    {
        int count = 1;
        while (count < MaxCount && count * MaxArticlesPerSlice < articles)
        {
            count *= 2;
        }
        return count;
    }
}
