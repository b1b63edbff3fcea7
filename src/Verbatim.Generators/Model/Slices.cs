using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>
/// How large tables are cut into files, so that an edit regenerates (and the compiler reparses) one
/// slice instead of the whole table: about 64 items a slice, at most 64 slices, an item's slice
/// chosen by a stable hash of its id so it stays put while other items come and go.
/// </summary>
internal static class Slices
{
    private const int ItemsPerSlice = 64;

    private const int MaxCount = 64;

    public static int CountFor(int items) => System.Math.Min(MaxCount, System.Math.Max(1, (items + ItemsPerSlice - 1) / ItemsPerSlice));

    /// <summary>
    /// <paramref name="items"/> cut into <paramref name="count"/> slices, each keeping the items' order;
    /// each item's slice is computed once.
    /// </summary>
    public static EquatableArray<T>[] Cut<T>(IReadOnlyList<T> items, System.Func<T, string> id, int count)
        where T : System.IEquatable<T>
    {
        var slices = new List<T>[count];
        for (int i = 0; i < count; i++)
        {
            slices[i] = new List<T>();
        }
        foreach (var item in items)
        {
            slices[Of(id(item), count)].Add(item);
        }
        var result = new EquatableArray<T>[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = new EquatableArray<T>(slices[i].ToArray());
        }
        return result;
    }

    /// <summary>The slice of <paramref name="id"/>: FNV-1a over its UTF-16 code units, never <c>string.GetHashCode</c>, which varies by process.</summary>
    public static int Of(string id, int count)
    {
        uint hash = 2166136261;
        foreach (char c in id)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }
        return (int)(hash % (uint)count);
    }
}
