using System;
using System.Collections.Generic;
using System.Linq;

namespace Verbatim.Generators.Model;

/// <summary>The order of <c>Articles.All</c> (by id, ordinal), which every table follows, whatever the file order.</summary>
internal static class ArticleOrder
{
    public static T[] Sort<T>(IEnumerable<T> items, Func<T, string> id) =>
        items.OrderBy(id, StringComparer.Ordinal).ToArray();
}
