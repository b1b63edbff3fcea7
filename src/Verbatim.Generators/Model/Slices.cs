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

    /// <summary>
    /// <paramref name="items"/> cut into <paramref name="count"/> slices by the <see cref="Hash"/> each
    /// item carries, each slice in the order of <c>Articles.All</c> (by id, ordinal). An edit reruns
    /// this over the whole corpus: cutting first and sorting each slice of a few dozen costs less than
    /// sorting them all, and a hash kept with the item is not computed again.
    /// </summary>
    public static T[][] CutInIdOrder<T>(IReadOnlyList<T> items, System.Func<T, uint> hash, System.Func<T, string> id, int count)
    {
        var slices = CutInItemOrder(items, hash, count);
        var byId = Comparer<T>.Create((left, right) => string.CompareOrdinal(id(left), id(right)));
        foreach (var slice in slices)
        {
            System.Array.Sort(slice, byId);
        }
        return slices;
    }

    /// <summary><paramref name="items"/> cut into <paramref name="count"/> slices by the <see cref="Hash"/> each item carries, each slice keeping the items' order.</summary>
    public static T[][] CutInItemOrder<T>(IReadOnlyList<T> items, System.Func<T, uint> hash, int count)
    {
        var hashes = new uint[items.Count];
        for (int i = 0; i < hashes.Length; i++)
        {
            hashes[i] = hash(items[i]);
        }
        return CutInItemOrder(items, hashes, count);
    }

    /// <summary>
    /// <paramref name="items"/> cut into <paramref name="count"/> slices by their <see cref="Hash"/>es, read
    /// beforehand (<paramref name="hashes"/>[i] is that of <paramref name="items"/>[i]), each slice keeping the items' order.
    /// </summary>
    public static T[][] CutInItemOrder<T>(IReadOnlyList<T> items, uint[] hashes, int count)
    {
        var sizes = new int[count];
        for (int i = 0; i < items.Count; i++)
        {
            sizes[hashes[i] % (uint)count]++;
        }
        var slices = new T[count][];
        for (int i = 0; i < count; i++)
        {
            slices[i] = new T[sizes[i]];
            sizes[i] = 0;
        }
        for (int i = 0; i < items.Count; i++)
        {
            int slice = (int)(hashes[i] % (uint)count);
            slices[slice][sizes[slice]++] = items[i];
        }
        return slices;
    }

    /// <summary>The slice of <paramref name="id"/>.</summary>
    public static int Of(string id, int count) => (int)(Hash(id) % (uint)count);

    /// <summary>FNV-1a over the id's UTF-16 code units, never <c>string.GetHashCode</c>, which varies by process.</summary>
    public static uint Hash(string id)
    {
        uint hash = 2166136261;
        foreach (char c in id)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }
        return hash;
    }
}
