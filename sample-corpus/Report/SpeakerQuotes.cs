using System.IO;
using System.Linq;
using SampleCorpus.Corpus;

namespace SampleCorpus.Report;

/// <summary>One speaker's quotes across outlets, grouped by article (<c>--speaker &lt;id&gt;</c>).</summary>
internal static class SpeakerQuotes
{
    public static void Write(TextWriter output, Speaker speaker)
    {
        output.WriteLine(Labels.Speaker(speaker));
        output.WriteLine($"{Labels.Count(speaker.Quotes.Count, "quote")} in {Labels.Count(SpeakerRanking.OutletCount(speaker), "outlet")}");
        foreach (var article in speaker.Quotes.GroupBy(q => q.Article))
        {
            output.WriteLine();
            output.WriteLine($"{Labels.Outlet(article.Key)}, {Labels.Published(article.Key)}: {article.Key.Title}");
            foreach (var quote in article)
            {
                var id = quote.Id is null ? "" : $"  #{quote.Id}";
                var with = quote.Speakers.Count > 1
                    ? $"  (with {string.Join(", ", quote.Speakers.Where(s => s != speaker).Select(s => s.Name))})"
                    : "";
                var within = quote.Parent is { } parent && !parent.Speakers.Contains(speaker)
                    ? $"  (quoted by {parent.Speaker.Name})"
                    : "";
                foreach (var line in TextWrap.Lines($"line {quote.Line,3}  {Labels.Words(quote)}{id}{with}{within}", indent: new string(' ', 10), TextWrap.Width - 2))
                {
                    output.WriteLine("  " + line);
                }
            }
        }
    }
}
