using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Parsing;

/// <summary>Parse results compare by value, so an incremental generator reuses its work when a file is unchanged.</summary>
public class ValueEqualityTests
{
    private const string Article = "---\ntitle: T\nauthors: [A]\nspeakers:\n  a: { name: A, aliases: [B] }\n---\n{@a#q “x {@b y}”} }";

    [Fact]
    public void Parsing_the_same_article_twice_gives_equal_results()
    {
        var first = ArticleParser.Parse("a.article.md", Article);
        var second = ArticleParser.Parse("a.article.md", string.Concat(Article.ToCharArray()));

        second.ShouldBe(first);
        second.GetHashCode().ShouldBe(first.GetHashCode());
        first.Diagnostics.ShouldNotBeEmpty();
    }

    [Fact]
    public void Parsing_the_same_registry_twice_gives_equal_results() =>
        RegistryParser.Parse("s.speakers.yaml", "a: { name: A, kind: robot }")
            .ShouldBe(RegistryParser.Parse("s.speakers.yaml", "a: { name: A, kind: robot }"));

    [Fact]
    public void A_changed_word_gives_a_different_result() =>
        ArticleParser.Parse("a.article.md", Article.Replace("y}", "z}"))
            .ShouldNotBe(ArticleParser.Parse("a.article.md", Article));
}
