namespace Verbatim.Editor.Tests.RoslynIde;

/// <summary>Quick Info (hover, Roslyn's <c>QuickInfoService</c>) on the generated API.</summary>
[Collection(EditorCollection.Name)]
public sealed class QuickInfoTests(EditorProjects projects)
{
    [Fact]
    public async Task A_speaker_shows_name_role_and_where_it_is_defined()
    {
        string info = await IdeServices.QuickInfoAsync(projects.Sample.Project, "class Probe { object P => SampleCorpus.Corpus.Speakers.Tiller$$son; }");

        info.ShouldContain("SampleCorpus.Corpus.Speakers.Tillerson { get; }");
        info.ShouldContain("Rex W. Tillerson, U.S. Secretary of State");
        info.ShouldContain("In corpus.speakers.yaml, line 3.");
    }

    [Fact]
    public async Task An_article_shows_title_outlet_date_and_file()
    {
        string info = await IdeServices.QuickInfoAsync(projects.News.Project, "class Probe { object P => News.Corpus.Articles.Moscow$$Talks; }");

        info.ShouldContain("Tillerson Meets Lavrov. The Daily Test, 2017-04-12. 2 quotes. In articles/moscow-talks.article.md, line 2.");
    }

    [Fact]
    public async Task A_quote_shows_its_words_speaker_and_line()
    {
        string info = await IdeServices.QuickInfoAsync(projects.Sample.Project, "class Probe { object P => SampleCorpus.Corpus.Articles.NytTillersonPutin.Low$$Trust; }");

        info.ShouldContain("“There is a low level of trust between our countries,” (Rex W. Tillerson). In articles/nyt-tillerson-putin.article.md, line 15.");
    }

    [Fact]
    public async Task A_statement_shows_its_wordings_and_the_outlets_that_print_them()
    {
        string info = await IdeServices.QuickInfoAsync(projects.Sample.Project, "class Probe { object P => SampleCorpus.Corpus.Statements.Low$$Trust; }");

        info.ShouldContain("SampleCorpus.Corpus.Statements.LowTrust { get; }");
        info.ShouldContain("“There is a low level of trust between our two countries” Atridim News Journal, The Guardian.");
        info.ShouldContain("Also: “low level of trust” unknown-outlet-tillerson-low-point.");
    }
}
