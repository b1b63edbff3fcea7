using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SampleCorpus.Corpus;

namespace SampleCorpus.Report;

/// <summary>The articles, one row each: outlet, date, how many quotes and speakers, title.</summary>
internal static class ArticleTable
{
    public static void Write(TextWriter output, IReadOnlyList<Article> articles)
    {
        var rows = articles
            .Select(a => new[]
            {
                Labels.Outlet(a),
                Labels.Published(a),
                a.Quotes.Count.ToString(CultureInfo.InvariantCulture),
                a.Speakers.Count.ToString(CultureInfo.InvariantCulture),
                a.Title,
            })
            .Prepend(["Outlet", "Published", "Quotes", "Speakers", "Title"])
            .ToList();
        TextTable.Write(output, rows, rightAligned: [false, false, true, true, false]);
    }
}
