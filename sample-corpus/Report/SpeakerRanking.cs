using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SampleCorpus.Corpus;

namespace SampleCorpus.Report;

/// <summary>Who is quoted most, and who is quoted by the most outlets.</summary>
internal static class SpeakerRanking
{
    private const int TopByQuotes = 10;
    private const int NameWidth = 40;

    public static void WriteByQuotes(TextWriter output, IReadOnlyList<Speaker> speakers)
    {
        var ranked = speakers
            .Where(s => s.Quotes.Count > 0)
            .OrderByDescending(s => s.Quotes.Count)
            .ThenByDescending(OutletCount)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Take(TopByQuotes)
            .Select((s, rank) => new[]
            {
                (rank + 1).ToString(CultureInfo.InvariantCulture) + ".",
                TextWrap.Cut(s.Name, NameWidth),
                Labels.Count(s.Quotes.Count, "quote"),
                Labels.Count(s.Quotes.Count(q => q.Kind == QuoteKind.Indirect), "paraphrase"),
                Labels.Count(OutletCount(s), "outlet"),
            })
            .ToList();
        TextTable.Write(output, ranked, rightAligned: [true, false, true, true, true]);
    }

    public static void WriteByOutlets(TextWriter output, IReadOnlyList<Speaker> speakers)
    {
        var tiers = speakers
            .Where(s => s.Quotes.Count > 0)
            .GroupBy(OutletCount)
            .OrderByDescending(tier => tier.Key);
        foreach (var tier in tiers)
        {
            var names = tier.OrderByDescending(s => s.Quotes.Count).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => s.Name);
            var line = $"{Labels.Count(tier.Key, "outlet"),-10}  {string.Join(", ", names)}";
            foreach (var wrapped in TextWrap.Lines(line, indent: new string(' ', 12), TextWrap.Width - 2))
            {
                output.WriteLine("  " + wrapped);
            }
        }
    }

    /// <summary>How many outlets quote the speaker; an article with no outlet named counts as its own.</summary>
    public static int OutletCount(Speaker speaker) =>
        speaker.Quotes.Select(q => q.Article.Outlet ?? q.Article.Id).Distinct(StringComparer.Ordinal).Count();
}
