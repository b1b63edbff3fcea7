using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Verbatim.Generators.Analysis;

/// <summary>Finds a quote id not yet taken in an article, to offer as the rename of a duplicate.</summary>
internal static class FreeQuoteId
{
    /// <summary><paramref name="id"/> with the smallest suffix <c>-2</c>, <c>-3</c>… that no id in <paramref name="taken"/> has (ids compare case-insensitively).</summary>
    public static string After(string id, IEnumerable<string> taken)
    {
        var takenSet = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        return Enumerable.Range(2, int.MaxValue - 2)
            .Select(suffix => id + "-" + suffix.ToString(CultureInfo.InvariantCulture))
            .First(candidate => !takenSet.Contains(candidate));
    }
}
