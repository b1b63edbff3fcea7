using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>The wording most outlets print, and where a quote differs from it.</summary>
public class MajorityTests
{
    private const string Powers = "The world’s two foremost nuclear powers cannot have this kind of relationship.";
    private const string Owners = "The world’s two foremost nuclear owners cannot have this kind of relationship.";

    [Fact]
    public void The_most_printed_wording_is_the_text_and_the_odd_one_is_a_misquote_on_its_differing_words()
    {
        var statement = Linking.Link(
            ("a", $"{{@tillerson “{Powers}”}}"),
            ("b", $"{{@tillerson “{Powers}”}}"),
            ("c", $"{{@tillerson “{Powers}”}}"),
            ("d", $"{{@tillerson “{Owners}”}}")).Single();

        statement.Text.ShouldBe(Powers);
        statement.Wordings.Select(w => (w.Text, w.ArticleCount)).ShouldBe(new[] { (Powers, 3), (Owners, 1) });
        var difference = statement.Differences.Single();
        difference.Quote.ShouldBe(new QuoteKey("d", 0));
        ("“" + Owners + "”").Substring(difference.Start, difference.Length).ShouldBe("owners");
        (difference.Printed, difference.Expected, difference.ExpectedCount, difference.CoveringCount, difference.IsMisquote)
            .ShouldBe(("nuclear owners", "nuclear powers", 3, 4, true));
    }

    [Fact]
    public void An_even_split_has_no_majority_and_no_misquote()
    {
        var statement = Linking.Link(("a", $"{{@tillerson “{Powers}”}}"), ("b", $"{{@tillerson “{Owners}”}}")).Single();

        statement.Text.ShouldBe(Powers);
        statement.Differences.ShouldAllBe(d => !d.IsMisquote);
        statement.Differences.Count.ShouldBe(1);
    }

    [Fact]
    public void Dropped_words_are_shown_with_the_word_before_them()
    {
        var statement = Linking.Link(
            ("a", "{@tillerson “There is a low level of trust between our two countries.”}"),
            ("b", "{@tillerson “There is a low level of trust between our two countries.”}"),
            ("c", "{@tillerson “There is a low level of trust between our countries.”}")).Single();

        var difference = statement.Differences.Single();
        (difference.Quote.ArticleId, difference.Printed, difference.Expected, difference.IsMisquote).ShouldBe(("c", "between our", "between our two", true));
    }

    [Fact]
    public void Punctuation_and_contractions_are_no_difference() =>
        Linking.Link(
                ("a", "{@tillerson “There is a low level of trust between our two countries.”}"),
                ("b", "{@tillerson \"There's a low-level of trust between our two countries\"}"))
            .Single().Differences.ShouldBeEmpty();

    [Fact]
    public void An_excerpt_is_compared_only_where_it_prints_the_statement()
    {
        var statement = Linking.Link(
            ("a", "{@tillerson “There is a low level of trust between our two countries.”}"),
            ("b", "{@tillerson “There is a low level of trust between our two countries.”}"),
            ("c", "{@tillerson “low level of trust”}")).Single();

        statement.Quotes.Count.ShouldBe(3);
        statement.Differences.ShouldBeEmpty();
    }
}
