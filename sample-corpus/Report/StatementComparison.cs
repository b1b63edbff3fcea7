using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SampleCorpus.Corpus;

namespace SampleCorpus.Report;

/// <summary>
/// One statement as each outlet quoted it: the quotes that share a quote id across articles, each
/// shown with its differences from the first version.
/// </summary>
internal static class StatementComparison
{
    /// <summary>The quote id the most articles share; on a tie, the first in ordinal order. Null when no id is shared.</summary>
    public static string? MostSharedId(IReadOnlyList<Article> articles) =>
        articles
            .SelectMany(a => a.Quotes.Where(q => q.Id is not null).Select(q => q.Id!).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(id => id, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>The first quote with this id in each article that has one, in article order.</summary>
    public static IReadOnlyList<Quote> Versions(IReadOnlyList<Article> articles, string quoteId) =>
        articles
            .Select(a => a.Quotes.FirstOrDefault(q => string.Equals(q.Id, quoteId, StringComparison.OrdinalIgnoreCase)))
            .OfType<Quote>()
            .ToList();

    public static void Write(TextWriter output, IReadOnlyList<Article> articles, string quoteId, DiffStyle style)
    {
        var versions = Versions(articles, quoteId);
        if (versions.Count == 0)
        {
            return;
        }
        var first = versions[0];
        output.WriteLine($"  #{quoteId}, {Labels.Count(versions.Count, "version")}; each marked against the first "
            + $"({style.RemovedStart}left out{style.RemovedEnd} {style.AddedStart}added{style.AddedEnd}):");
        foreach (var version in versions)
        {
            output.WriteLine();
            output.WriteLine($"  {Labels.Outlet(version.Article)}, {Labels.Published(version.Article)}: "
                + $"{version.Speaker.Name}, {(version.Kind == QuoteKind.Direct ? "direct" : "paraphrase")} (line {version.Line})");
            var words = ReferenceEquals(version, first)
                ? version.Text
                : style.Render(WordDiff.Compare(first.Text, version.Text));
            foreach (var line in TextWrap.Lines(words, indent: "", TextWrap.Width - 4))
            {
                output.WriteLine("    " + line);
            }
        }
    }
}
