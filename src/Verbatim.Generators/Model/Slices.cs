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
