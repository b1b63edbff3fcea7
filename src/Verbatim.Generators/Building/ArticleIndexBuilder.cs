using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Naming;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
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
        return new ArticleIndex(winners
            .Select((key, i) => new ArticleEntry(key.Id, key.Path, names[i].Name))
            .ToEquatableArray());
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
