using System.Collections.Generic;
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
    public static ArticleIndex Build(IEnumerable<ArticleKey> keys, CancellationToken cancellationToken)
    {
        var winners = ArticleIds.KeepFirstOfEach(keys, key => key.Id, key => key.Path, cancellationToken).Kept;
        var names = ClassMembers.OfArticles(winners.Select(key => key.Id));
        return new ArticleIndex(winners
            .Select((key, i) => new ArticleEntry(key.Id, key.Path, names[i].Name))
            .ToEquatableArray());
    }
}
