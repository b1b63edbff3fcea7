using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Verbatim.Cli.Report;

/// <summary>The corpus in numbers.</summary>
internal sealed class SummarySection : IReportSection
{
    public string Id => "summary";

    public string Heading => "Summary";

    public void Write(StringBuilder html, ReportData data)
    {
        int quotes = data.Corpus.Articles.Sum(a => a.Quotes.Count);
        int errors = data.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = data.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        html.Append(string.Create(CultureInfo.InvariantCulture,
            $"<p>{data.Corpus.Articles.Count} articles, {quotes} quotes, {data.Corpus.Speakers.Speakers.Count} speakers; "));
        html.Append(string.Create(CultureInfo.InvariantCulture,
            $"<span class=\"{(errors > 0 ? "error" : "none")}\">{Plural(errors, "error")}</span>, {Plural(warnings, "warning")}.</p>\n"));
    }

    private static string Plural(int count, string word) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {word}{(count == 1 ? "" : "s")}");
}
