using System.IO;
using System.Linq;
using SampleCorpus.Corpus;

namespace SampleCorpus.Report;

/// <summary>The default report: the articles, the speakers ranked two ways, and one statement side by side.</summary>
internal static class OverviewReport
{
    public static void Write(TextWriter output, DiffStyle style)
    {
        var outlets = Articles.All.Select(a => a.Outlet ?? a.Id).Distinct().Count();
        var quoted = Speakers.All.Count(s => s.Quotes.Count > 0);
        output.WriteLine($"Verbatim sample corpus: {Labels.Count(Articles.All.Count, "article")} from "
            + $"{Labels.Count(outlets, "outlet")}, {Labels.Count(Quotes.All.Count, "quote")} of {Labels.Count(quoted, "speaker")}");

        Section(output, "Articles");
        ArticleTable.Write(output, Articles.All);

        Section(output, "Speakers by quotes");
        SpeakerRanking.WriteByQuotes(output, Speakers.All);

        Section(output, "Speakers by the outlets that quote them");
        SpeakerRanking.WriteByOutlets(output, Speakers.All);

        if (StatementComparison.MostQuoted(Statements.All) is { } statement)
        {
            Section(output, "One statement, as each outlet quoted it");
            StatementComparison.Write(output, statement, style);
        }
    }

    private static void Section(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine(new string('-', title.Length));
    }
}
