using System.Collections.Generic;
using System.Text;

namespace Verbatim.Cli.Report;

/// <summary>
/// The report as one self-contained HTML page: styles inline, no script, no request to any
/// server, readable on a phone (one column, wide tables scroll on their own).
/// </summary>
internal static class ReportPage
{
    public static string Write(ReportData data, IReadOnlyList<IReportSection> sections)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"verbatim report\">\n");
        html.Append("<title>").Append(Html.Escape(data.Title)).Append("</title>\n<style>\n").Append(Styles).Append(data.Palette.Css()).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>").Append(Html.Escape(data.Title)).Append("</h1>\n<nav aria-label=\"Sections\"><ul>");
        foreach (var section in sections)
        {
            html.Append("<li><a href=\"#").Append(section.Id).Append("\">").Append(Html.Escape(section.Heading)).Append("</a></li>");
        }
        html.Append("</ul></nav></header>\n<main>\n");
        foreach (var section in sections)
        {
            html.Append("<section id=\"").Append(section.Id).Append("\">\n<h2>").Append(Html.Escape(section.Heading)).Append("</h2>\n");
            section.Write(html, data);
            html.Append("</section>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private const string Styles = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; background: #fff; margin: 0 auto; max-width: 48rem; padding: 1rem; overflow-wrap: anywhere; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.1rem; margin-bottom: .2rem; }
        nav ul, .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; }
        a { color: #0b57d0; }
        .meta { color: #555; font-size: .9rem; margin: 0 0 .8rem; }
        .legend li { display: flex; align-items: baseline; gap: .4rem; min-width: 14rem; flex: 1 1 14rem; }
        .swatch { display: inline-block; width: 1rem; height: 1rem; border-radius: .2rem; background: var(--c); border: 1px solid rgba(0,0,0,.25); flex: none; transform: translateY(.15rem); }
        .q { background: var(--c); border-radius: .2rem; padding: 0 .1rem; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
        .q .q { box-shadow: 0 0 0 1px rgba(0,0,0,.45); }
        .q.indirect { background: transparent; border-bottom: .22rem solid var(--c); }
        .s-unknown { --c: #e0e0e0; }
        .who { font-size: .68rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: #333; margin-right: .25rem; }
        .table { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-top: 1px solid #ddd; }
        .error { color: #b3261e; font-weight: 700; }
        .warning { color: #8a5a00; font-weight: 700; }
        .info { color: #335; }
        .none { color: #1e7b34; }
        .count { color: #555; font-size: .85rem; }
        .keys li { min-width: 0; flex: 0 1 auto; font-size: .9rem; }
        .statement { border-top: 1px solid #ddd; padding-top: .2rem; }
        .wordings { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: .8rem; }
        .wording { border: 1px solid #ccc; border-radius: .4rem; padding: .3rem .7rem; background: #fafafa; }
        .wording.most { border-color: #1e7b34; }
        .wording blockquote { margin: .3rem 0; font-size: 1.05rem; }
        .wording .count { margin: 0; }
        .outlets { padding-left: 1.1rem; margin: .3rem 0; font-size: .95rem; }
        .diff { margin: .2rem 0; font-size: .9rem; }
        mark { background: #ffe066; border-radius: .15rem; }
        del { background: #ffd7d5; color: #8c1d18; }
        ins { background: #d3f5d8; color: #0f5223; text-decoration: none; border-bottom: 2px solid #1e7b34; }
        .flag { display: inline-block; font-size: .75rem; font-weight: 700; border-radius: .6rem; padding: 0 .45rem; white-space: nowrap; }
        .flag.misquote { background: #b3261e; color: #fff; }
        .flag.conflict { background: #8a5a00; color: #fff; }
        .flag.sic { background: #1e7b34; color: #fff; }

        """;
}
