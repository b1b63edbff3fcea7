using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Verbatim.Corpus.Parsing;

/// <summary>Finds a quote id not yet taken in an article: the suggested rename of a duplicate (VQ0004).</summary>
internal static class FreeQuoteId
{
    /// <summary><paramref name="id"/> with the smallest suffix <c>-2</c>, <c>-3</c>… that no id in <paramref name="taken"/> has (ids compare case-insensitively).</summary>
    /// The id found is added to <paramref name="taken"/>, so two duplicates are never offered the same one.
    public static string After(string id, HashSet<string> taken)
    {
        string free = Enumerable.Range(2, int.MaxValue - 2)
            .Select(suffix => id + "-" + suffix.ToString(CultureInfo.InvariantCulture))
            .First(candidate => !taken.Contains(candidate));
        taken.Add(free);
        return free;
    }
}
