using Verbatim.Corpus.Naming;

namespace Verbatim.Corpus.Tests.Naming;

public class MemberNamesTests
{
    [Theory]
    [InlineData("nyt-tillerson-putin", "NytTillersonPutin")]
    [InlineData("r.c.-hammond", "RCHammond")]
    [InlineData("tillerson", "Tillerson")]
    [InlineData("low_trust", "LowTrust")]
    [InlineData("NYT", "NYT")]
    [InlineData("iPhone", "IPhone")]
    [InlineData("2017-summit", "_2017Summit")]
    [InlineData("g7", "G7")]
    [InlineData("путин", "Путин")]
    [InlineData("习近平", "习近平")]
    [InlineData("हिन्दी", "हिन्दी")]
    [InlineData("class", "Class")]
    [InlineData("---", "_")]
    [InlineData("", "_")]
    public void An_id_becomes_a_PascalCase_name(string id, string name) =>
        MemberNames.FromId(id).ShouldBe(name);

    [Fact]
    public void A_supplementary_character_is_a_separator_because_CSharp_names_cannot_hold_surrogates() =>
        MemberNames.FromId("a\U0001D538b").ShouldBe("AB");

    [Fact]
    public void Distinct_names_are_kept()
    {
        var names = MemberNames.Assign(new[] { "a", "b" }, MemberNames.ReservedInSpeakers, int.MaxValue);

        names.ShouldBe(new[] { new MemberName("a", "A", false), new MemberName("b", "B", false) });
    }

    [Fact]
    public void A_later_collision_gets_the_smallest_free_suffix_from_2()
    {
        var names = MemberNames.Assign(new[] { "r-c", "r.c", "rc-", "R_C" }, MemberNames.ReservedInSpeakers, int.MaxValue);

        names.Select(n => (n.Name, n.Renamed)).ShouldBe(new (string?, bool)[] { ("RC", false), ("RC2", true), ("Rc", false), ("RC3", true) });
    }

    [Fact]
    public void A_suffix_never_takes_another_ids_plain_name()
    {
        var names = MemberNames.Assign(new[] { "x", "x-", "x2" }, MemberNames.ReservedInArticles, int.MaxValue);

        names.Select(n => n.Name).ShouldBe(new[] { "X", "X3", "X2" });
    }

    [Fact]
    public void Past_the_limit_ids_get_no_name_in_the_order_given_and_renames_count_toward_it()
    {
        var names = MemberNames.Assign(new[] { "all", "b", "a", "c" }, MemberNames.ReservedInArticles, 2);

        names.ShouldBe(new[]
        {
            new MemberName("all", "All2", true), new MemberName("b", "B", false), new MemberName("a", null, false), new MemberName("c", null, false),
        });
    }

    [Theory]
    [InlineData("all", "All2")]
    [InlineData("articles", "Articles2")]
    public void A_reserved_name_is_never_given(string id, string name)
    {
        var names = MemberNames.Assign(new[] { id }, MemberNames.ReservedInArticles, int.MaxValue);

        names.ShouldBe(new[] { new MemberName(id, name, true) });
    }

    [Fact]
    public void The_article_class_reserves_its_own_name_and_the_members_it_forwards()
    {
        var reserved = MemberNames.ReservedInArticleClass("NytArticle");

        reserved.ShouldBe(new[]
        {
            "NytArticle", "Id", "Title", "Outlet", "Published", "Url", "Authors", "Body", "Quotes", "Speakers", "SourcePath",
            "Equals", "GetHashCode", "ToString", "GetType",
        });
        MemberNames.Assign(new[] { "title", "nyt-article" }, reserved, int.MaxValue).Select(n => n.Name).ShouldBe(new[] { "Title2", "NytArticle2" });
    }

    [Fact]
    public void Naming_in_an_article_class_is_naming_against_what_it_reserves()
    {
        var ids = new[] { "title", "nyt-article", "to-string", "q", "q-", "body", "x" };

        MemberNames.AssignInArticleClass(ids, "NytArticle", 5)
            .ShouldBe(MemberNames.Assign(ids, MemberNames.ReservedInArticleClass("NytArticle"), 5));
        MemberNames.AssignInArticleClass(ids, "NytArticle", 5).Select(n => n.Name)
            .ShouldBe(new[] { "Title2", "NytArticle2", "ToString2", "Q", "Q2", null, null });
    }
}
