namespace Verbatim.Cli.Tests.Report;

/// <summary>The page's text as written; what a browser shows is checked in <see cref="ReportBrowserTests"/>.</summary>
public sealed class ReportHtmlTests
{
    [Fact]
    public void The_page_is_self_contained_with_no_script_and_no_address_to_fetch()
    {
        using var work = new TempFolder();

        var result = Cli.Run("report", RepositoryFiles.SampleCorpus, "--html", work["report.html"]);

        result.ExitCode.ShouldBe(0, result.ToString());
        string html = work.Read("report.html");
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain(" src=", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain("@import", Case.Insensitive);
        html.ShouldNotContain("url(", Case.Insensitive);
        html.ShouldContain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    }

    [Fact]
    public void Text_from_the_corpus_is_escaped()
    {
        using var work = new TempFolder().WithRegistry().Write("corpus/people.speakers.yaml", Corpora.Registry)
            .Write("corpus/articles/x.article.md", "---\ntitle: \"<b>bold</b> & co\"\n---\n{@tillerson “<script>alert(1)</script>”} said.\n");

        Cli.Run("report", work["corpus"], "--html", work["report.html"]).ExitCode.ShouldBe(0);

        string html = work.Read("report.html");
        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("&lt;b&gt;bold&lt;/b&gt; &amp; co");
    }
    [Fact]
    public void A_statement_several_outlets_quote_shows_each_wording_with_its_outlets_the_differing_words_and_the_flags()
    {
        using var work = new TempFolder().Write("corpus/people.speakers.yaml", Corpora.Registry);
        void Article(string id, string outlet, string header, string words) =>
            work.Write($"corpus/articles/{id}.article.md", $"---\nid: {id}\ntitle: {id}\noutlet: {outlet}\n---\nHe said {{@{header} “{words}”}}\n");
        const string Powers = "The world’s two foremost nuclear powers cannot have this kind of relationship.";
        const string Owners = "The world’s two foremost nuclear owners cannot have this kind of relationship.";
        Article("a", "Outlet A", "tillerson", Powers);
        Article("b", "Outlet B", "tillerson", Powers);
        Article("c", "Outlet C", "tillerson", Owners);
        Article("d", "Outlet D", "lavrov", Powers);
        Article("e", "Outlet E", "tillerson!sic", Owners);

        var check = Cli.Run("check", work["corpus"]);
        Cli.Run("report", work["corpus"], "--html", work["report.html"]).ExitCode.ShouldBe(0);

        // The flags say what check reports: a misquote in C (not in E, checked), a conflicting attribution in D.
        check.OutLines.ShouldContain(line => line.StartsWith("articles/c.article.md(6,") && line.Contains(": warning VQ0008: ‘nuclear owners’ where 3 of 5 outlets print ‘nuclear powers’"), check.ToString());
        check.Out.ShouldNotContain("articles/e.article.md(6", Case.Sensitive, check.ToString());
        check.Out.ShouldContain("articles/d.article.md(6,11): warning VQ0009:", Case.Sensitive, check.ToString());
        string html = work.Read("report.html");
        html.ShouldContain("<li><a href=\"#statements\">Statements</a></li>");
        string statement = Between(html, "<article class=\"statement\"", "</article>");
        statement.ShouldContain("5 outlets, 2 wordings <span class=\"flag misquote\">VQ0008 misquote</span> <span class=\"flag conflict\">VQ0009 conflicting attribution</span>");
        string most = Between(statement, "<div class=\"wording most\">", "</div>");
        most.ShouldContain("printed by 3 outlets, the most");
        most.ShouldContain("<blockquote>" + Powers + "</blockquote>");
        most.ShouldContain("<li><a href=\"#article-a\">Outlet A</a> <span class=\"count\">Rex W. Tillerson, line 6</span></li>");
        most.ShouldContain("<li><a href=\"#article-d\">Outlet D</a> <span class=\"count\">Sergey V. Lavrov, line 6</span> <span class=\"flag conflict\">VQ0009 the others credit Rex W. Tillerson</span></li>");
        string other = Between(statement, "<div class=\"wording\">", "</div>");
        other.ShouldContain("printed by 2 outlets");
        other.ShouldContain("nuclear <mark title=\"3 of 5 outlets print ‘nuclear powers’ here\">owners</mark> cannot");
        other.ShouldContain("<p class=\"diff\"><del>nuclear owners</del> <ins>nuclear powers</ins>");
        other.ShouldContain("Outlet C</a> <span class=\"count\">Rex W. Tillerson, line 6</span> <span class=\"flag misquote\">VQ0008 misquote</span></li>");
        other.ShouldContain("Outlet E</a> <span class=\"count\">Rex W. Tillerson, line 6</span> <span class=\"flag sic\"");
        other.ShouldNotContain("Outlet E</a> <span class=\"count\">Rex W. Tillerson, line 6</span> <span class=\"flag misquote\"");
    }

    [Fact]
    public void A_corpus_whose_outlets_share_no_statement_says_so()
    {
        using var work = new TempFolder().WithRegistry().Write("articles/meeting.article.md", Corpora.Clean);

        Cli.Run("report", work.Path, "--html", work["report.html"]).ExitCode.ShouldBe(0);

        Between(work.Read("report.html"), "<section id=\"statements\">", "</section>").ShouldContain("No statement is quoted by more than one outlet.");
    }

    private static string Between(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        from.ShouldBeGreaterThanOrEqualTo(0, $"'{start}' not found");
        return text.Substring(from, text.IndexOf(end, from, StringComparison.Ordinal) + end.Length - from);
    }
}
