using System.Globalization;
using System.Linq;
using System.Text;

namespace Verbatim.Cli.Report;

/// <summary>The legend: each speaker's colour, name, role and how often the corpus quotes them.</summary>
internal sealed class SpeakersSection : IReportSection
{
    public string Id => "speakers";

    public string Heading => "Speakers";

    public void Write(StringBuilder html, ReportData data)
    {
        var counts = data.Corpus.Articles
            .SelectMany(a => a.Quotes)
            .SelectMany(q => q.Speakers)
            .GroupBy(s => s.Id, System.StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), System.StringComparer.OrdinalIgnoreCase);
        html.Append("<p class=\"meta\">A quote is shaded in its speaker's colour; a paraphrase (indirect quote) is underlined in it.</p>\n");
        html.Append("<ul class=\"legend\">\n");
        foreach (var speaker in data.Corpus.Speakers.Speakers)
        {
            int count = counts.TryGetValue(speaker.Id, out int n) ? n : 0;
            string about = string.Join(", ", new[] { speaker.Role, speaker.Organization }.Where(s => s is not null));
            html.Append("<li class=\"").Append(data.Palette.ClassOf(speaker.Id)).Append("\"><span class=\"swatch\"></span><span><b>")
                .Append(Html.Escape(speaker.Name)).Append("</b>");
            if (about.Length > 0)
            {
                html.Append(", ").Append(Html.Escape(about));
            }
            html.Append(" <span class=\"count\">(").Append(count.ToString(CultureInfo.InvariantCulture)).Append(count == 1 ? " quote" : " quotes").Append(")</span></span></li>\n");
        }
        html.Append("</ul>\n");
    }
}
