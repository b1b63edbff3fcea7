using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>The articles that are generated, one per id (ids compare case-insensitively), ordered by id (ordinal).</summary>
internal sealed record ArticleIndex(EquatableArray<ArticleEntry> Entries)
{
    /// <summary>The entry of the file at <paramref name="path"/> with id <paramref name="id"/>, or null when that file lost its id to another.</summary>
    public ArticleEntry? Find(string id, string path)
    {
        int low = 0, high = Entries.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            var entry = Entries[middle];
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
