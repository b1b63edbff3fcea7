using Verbatim.Corpus.Naming;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Naming;

public class ClassMembersTests
{
    [Fact]
    public void An_article_class_is_its_member_name_and_Article() =>
        ClassMembers.ArticleClassName("NytMeeting").ShouldBe("NytMeetingArticle");

    [Fact]
    public void Articles_and_speakers_avoid_their_class_and_All()
    {
        ClassMembers.OfArticles(new[] { "all", "articles" }).Select(n => n.Name).ShouldBe(new[] { "All2", "Articles2" });
        ClassMembers.OfSpeakers(new[] { "all", "speakers" }).Select(n => n.Name).ShouldBe(new[] { "All2", "Speakers2" });
    }

    [Fact]
    public void Quotes_are_named_in_id_order_then_document_order_and_avoid_the_class_and_its_members()
    {
        var article = ArticleParser.Parse("a.article.md", "---\ntitle: T\n---\n{@s#q1 one} {@s two} {@s#nyt-article three} {@s#q-1 four} {@s#title five}").Article;

        var names = ClassMembers.OfQuotes(article, "Nyt");

        names.Select(n => (n.Quote, n.Name.Name)).ShouldBe(new (int, string?)[] { (2, "NytArticle2"), (3, "Q1"), (0, "Q12"), (4, "Title2") });
    }
}
