using System.Globalization;
using System.Text;

namespace Verbatim.Cli.Report;

/// <summary>The analyzer's diagnostics, as <c>verbatim check</c> prints them, in a table.</summary>
internal sealed class DiagnosticsSection : IReportSection
{
    public string Id => "diagnostics";

    public string Heading => "Diagnostics";

    public void Write(StringBuilder html, ReportData data)
    {
        if (data.Diagnostics.Count == 0)
        {
            html.Append("<p class=\"none\">No problems found.</p>\n");
            return;
        }
        html.Append("<div class=\"table\"><table>\n<thead><tr><th>where</th><th>severity</th><th>id</th><th>message</th></tr></thead>\n<tbody>\n");
        foreach (var diagnostic in data.Diagnostics)
        {
            string where = diagnostic.Path is null
                ? ""
                : string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Path}({diagnostic.Line},{diagnostic.Column})");
            html.Append("<tr><td>").Append(Html.Escape(where))
                .Append("</td><td class=\"").Append(diagnostic.SeverityWord).Append("\">").Append(diagnostic.SeverityWord)
                .Append("</td><td>").Append(diagnostic.HelpLink is { } help ? $"<a href=\"{Html.Escape(help)}\">{diagnostic.Id}</a>" : diagnostic.Id)
                .Append("</td><td>").Append(Html.Escape(diagnostic.Message)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
    }
}
