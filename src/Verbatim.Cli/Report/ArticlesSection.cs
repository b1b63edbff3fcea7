using System.Linq;
using System.Text;
using Verbatim.Cli.Model;
using Verbatim.Corpus.Model;

namespace Verbatim.Cli.Report;

/// <summary>Every article with its quotes marked by speaker, nested as annotated.</summary>
internal sealed class ArticlesSection : IReportSection
{
    public string Id => "articles";

    public string Heading => "Articles";

    public void Write(StringBuilder html, ReportData data)
    {
        html.Append("<ul>\n");
        foreach (var article in data.Corpus.Articles)
        {
            html.Append("<li><a href=\"#").Append(Anchor(article)).Append("\">").Append(Html.Escape(article.Title)).Append("</a></li>\n");
        }
        html.Append("</ul>\n");
        foreach (var article in data.Corpus.Articles)
        {
            html.Append("<article id=\"").Append(Anchor(article)).Append("\">\n<h3>").Append(Html.Escape(article.Title)).Append("</h3>\n");
            var meta = new[] { article.Outlet, article.Published?.ToString(), article.Path }.Where(s => s is not null);
            html.Append("<p class=\"meta\">").Append(Html.Escape(string.Join(" · ", meta))).Append("</p>\n");
            var nesting = new QuoteNesting(article);
            var markup = new QuoteSpans(html, data);
            foreach (var (start, end) in Paragraphs.Of(article, nesting))
            {
                html.Append("<p>");
                nesting.Write(start, end, markup);
                html.Append("</p>\n");
            }
            html.Append("</article>\n");
        }
    }

    private static string Anchor(ArticleSpec article) => "article-" + Html.Escape(article.Id);

    /// <summary>A quote as a span in its first speaker's colour, labelled with every speaker's name.</summary>
    private sealed class QuoteSpans : IQuoteMarkup
    {
        private readonly StringBuilder _html;
        private readonly ReportData _data;

        public QuoteSpans(StringBuilder html, ReportData data)
        {
            _html = html;
            _data = data;
        }

        public void Text(string text) => _html.Append(Html.Escape(text).Replace("\n", "<br>\n"));

        public void Open(QuoteSpec quote)
        {
            var names = quote.Speakers.Select(s => _data.Corpus.Speaker(s.Id)?.Name ?? s.Id).ToList();
            string kind = quote.Kind == QuoteKind.Direct ? "direct" : "indirect";
            string title = string.Join(", ", names) + (quote.Id is { } id ? " #" + id : "") + ", line " + quote.Line;
            _html.Append("<span class=\"q ").Append(kind).Append(' ').Append(_data.Palette.ClassOf(quote.Speakers[0].Id))
                .Append("\" title=\"").Append(Html.Escape(title)).Append("\"><span class=\"who\">")
                .Append(Html.Escape(string.Join(" & ", names))).Append("</span>");
        }

        public void Close(QuoteSpec quote) => _html.Append("</span>");
    }
}
