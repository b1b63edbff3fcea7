using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Parsing;

/// <summary>
/// The <c>!sic</c> mark ends an annotation's header: the corpus author checked that the outlet
/// printed the words so. It follows the kind, if any; anything else after <c>!</c> is VQ0002.
/// </summary>
public class SicMarkTests
{
    private const string FrontMatter = "---\ntitle: T\n---\n";

    [Theory]
    [InlineData("{@tillerson!sic “nuclear owners”}")]
    [InlineData("{@tillerson#powers!sic “nuclear owners”}")]
    [InlineData("{@tillerson#powers:direct!SIC “nuclear owners”}")]
    public void The_mark_sets_Sic_and_leaves_the_body_as_printed(string body)
    {
        var result = ArticleParser.Parse("a.article.md", FrontMatter + body);

        result.Diagnostics.ShouldBeEmpty();
        result.Article.Body.ShouldBe("“nuclear owners”");
        result.Article.Quotes.Single().Sic.ShouldBeTrue();
    }

    [Fact]
    public void A_quote_without_the_mark_is_not_sic() =>
        ArticleParser.Parse("a.article.md", FrontMatter + "{@tillerson “nuclear powers”}").Article.Quotes.Single().Sic.ShouldBeFalse();

    [Theory]
    [InlineData("{@tillerson!sick “x”}", "(4,13)-(4,17) VQ0002: Unknown mark '!sick'; the one mark is '!sic' (the outlet printed these words so).")]
    [InlineData("{@tillerson! “x”}", "(4,12)-(4,13) VQ0002: Unknown mark '!'; the one mark is '!sic' (the outlet printed these words so).")]
    public void Another_mark_is_VQ0002_at_the_mark(string body, string expected) =>
        Diagnosed.Lines(ArticleParser.Parse("a.article.md", FrontMatter + body).Diagnostics).ShouldBe(new[] { expected });
}
