using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Naming;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.Generators.Emitting;
using Verbatim.Generators.Model;

namespace Verbatim.Generators.Building;

/// <summary>Picks the article files that are generated and names them.</summary>
internal static class ArticleIndexBuilder
{
    public static ArticleIndex Build(ImmutableArray<ArticleKey> keys, CancellationToken cancellationToken)
    {
        // Of two files with one id (case-insensitive), the first by path wins, as in CorpusResolver.
        var winners = keys
            .OrderBy(key => key.Path, Comparer<string>.Create(CorpusOrder.ComparePaths))
            .GroupBy(key => key.Id, StringComparer.OrdinalIgnoreCase)
            .Select(group => group.First())
            .OrderBy(key => key.Id, StringComparer.Ordinal)
            .ToArray();
        cancellationToken.ThrowIfCancellationRequested();

        var names = MemberNames.Assign(winners.Select(key => key.Id), MemberNames.ReservedInArticles, CorpusLimits.MaxArticleMembers);
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
        string stem = UniqueFileName(memberName ?? "Unnamed." + (index + 1 - CorpusLimits.MaxArticleMembers).ToString(System.Globalization.CultureInfo.InvariantCulture), fileNames);
        string bodyGetter = "BodyOf" + (memberName ?? stem.Replace('.', '_'));
        return new ArticleEntry(key.Id, key.Path, memberName, ArticleSource.HintName(stem), bodyGetter);
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

    /// <summary>The entry of the file at <paramref name="path"/> with id <paramref name="id"/>, or null when that file lost its id to another.</summary>
    public static ArticleEntry? Find(this ArticleIndex index, string id, string path)
    {
        int low = 0, high = index.Entries.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            var entry = index.Entries[middle];
            int order = string.CompareOrdinal(entry.Id, id);
            if (order == 0)
            {
                return entry.Path == path ? entry : null;
            }
            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return null;
    }
}
