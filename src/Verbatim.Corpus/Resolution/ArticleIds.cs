using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Verbatim.Corpus.Resolution;

/// <summary>
/// Which file keeps an article id that several files claim (ids compare ignoring case): the first in
/// <see cref="CorpusOrder"/>, so the winner never depends on the order the compiler lists files in.
/// The generator generates the winners, and the analyzer reports each loser (VQ0004).
/// </summary>
public static class ArticleIds
{
    /// <summary>
    /// The files that keep their id, ordered by id (ordinal), and each file that lost its id with the file it
    /// lost to, in path order. <paramref name="id"/> and <paramref name="path"/> read a file's id and path.
    /// </summary>
    public static (List<T> Kept, List<(T Duplicate, T First)> Duplicates) KeepFirstOfEach<T>(
        IEnumerable<T> files, Func<T, string> id, Func<T, string> path, CancellationToken cancellationToken = default)
    {
        var firstById = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        var duplicates = new List<(T Duplicate, T First)>();
        var inPathOrder = files
            .OrderBy(path, Comparer<string>.Create(CorpusOrder.ComparePaths))
            .ThenBy(id, StringComparer.Ordinal);
        foreach (var file in inPathOrder)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (firstById.TryGetValue(id(file), out var first))
            {
                duplicates.Add((file, first));
            }
            else
            {
                firstById.Add(id(file), file);
            }
        }
        return (firstById.Values.OrderBy(id, StringComparer.Ordinal).ToList(), duplicates);
    }
}
