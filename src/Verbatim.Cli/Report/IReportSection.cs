using System.Text;

namespace Verbatim.Cli.Report;

/// <summary>One section of the report page: a heading in the page's contents and its HTML.</summary>
internal interface IReportSection
{
    /// <summary>The fragment id of the section (<c>#speakers</c>).</summary>
    string Id { get; }

    string Heading { get; }

    /// <summary>Appends the section's content (the page writes the <c>&lt;section&gt;</c> and heading).</summary>
    void Write(StringBuilder html, ReportData data);
}
