namespace Verbatim.Cli.Tests.Report;

/// <summary>The page's text as written; what a browser shows is checked in <see cref="ReportBrowserTests"/>.</summary>
public sealed class ReportHtmlTests
{
    [Fact]
    public void The_page_is_self_contained_with_no_script_and_no_address_to_fetch()
    {
        using var work = new TempFolder();

        var result = Cli.Run("report", Cli.SampleCorpus, "--html", work["report.html"]);

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
}
