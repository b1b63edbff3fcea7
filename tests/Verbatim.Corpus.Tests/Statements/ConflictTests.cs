namespace Verbatim.Corpus.Tests.Statements;

/// <summary>A statement credited to speakers that share no one with the other outlets'.</summary>
public class ConflictTests
{
    private const string Words = "We have no firm information to indicate there was any involvement by Russia.";

    [Fact]
    public void A_quote_credited_to_someone_the_others_do_not_credit_is_a_conflict()
    {
        var statement = Linking.Link(
            ("a", $"{{@tillerson “{Words}”}}"),
            ("b", $"{{@tillerson “{Words}”}}"),
            ("c", $"{{@spicer “{Words}”}}")).Single();

        statement.Speakers.ShouldBe(new[] { "tillerson", "spicer" });
        var conflict = statement.Conflicts.Single();
        conflict.Quote.ArticleId.ShouldBe("c");
        conflict.OtherSpeakers.ShouldBe(new[] { "tillerson" });
        conflict.OtherArticles.ShouldBe(new[] { "a", "b" });
    }

    [Fact]
    public void A_speaker_in_common_is_no_conflict() =>
        Linking.Link(("a", $"{{@tillerson “{Words}”}}"), ("b", $"{{@tillerson,lavrov “{Words}”}}")).Single().Conflicts.ShouldBeEmpty();
}
