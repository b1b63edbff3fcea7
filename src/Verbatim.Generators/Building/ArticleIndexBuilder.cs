using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Naming;
using Verbatim.Corpus.Resolution;
using Verbatim.Generators.Model;

namespace Verbatim.Generators.Building;

/// <summary>Picks the article files that are generated and names them.</summary>
internal static class ArticleIndexBuilder
{
    public static ArticleIndex Build(ImmutableArray<ArticleKey> keys, CancellationToken cancellationToken)
    {
        var winners = ArticleIds.KeepFirstOfEach(keys, key => key.Id, key => key.Path, cancellationToken).Kept;
        var names = ClassMembers.OfArticles(winners.Select(key => key.Id));
        // The hint names are made here, together, rather than each beside its article's text: Roslyn
        // checks every new hint name against all earlier ones (a scan per file, so n^2/2 string
        // comparisons), and strings that lie close in memory make that scan faster (docs/performance.md, "Why an edit").
        var fileNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return new ArticleIndex(winners
            .Select((key, i) => Entry(key, names[i].Name, i, fileNames))
            .ToEquatableArray());
    }

    /// <summary>
    /// An article's body getter is <c>BodyOf</c> and its member name: never a member of <c>object</c>,
    /// never a keyword. An article past the limit of members still has a file, for its body, named
    /// <c>Unnamed.N</c> by its place in id order; its body's getter takes that stem with <c>_</c> for
    /// <c>.</c>, a name no member takes (member names hold no <c>_</c> but a leading one).
    /// </summary>
    private static ArticleEntry Entry(ArticleKey key, string? memberName, int index, HashSet<string> fileNames)
    {
        string stem = UniqueFileName(memberName ?? "Unnamed." + (index + 1 - MemberLimits.MaxArticleMembers).ToString(System.Globalization.CultureInfo.InvariantCulture), fileNames);
        string bodyGetter = "BodyOf" + (memberName ?? stem.Replace('.', '_'));
        return new ArticleEntry(key.Id, key.Path, memberName, HintNames.Article(stem), bodyGetter);
    }

    /// <summary><paramref name="memberName"/>, or <c>memberName.N</c> with the smallest N from 2 not yet taken ignoring case.</summary>
    private static string UniqueFileName(string memberName, HashSet<string> taken)
    {
        string fileName = memberName;
        for (int number = 2; !taken.Add(fileName); number++)
        {
            fileName = memberName + "." + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return fileName;
    }
}
