using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>
/// The ways news outlets print one statement differently (docs/statements.md): an excerpt with an
/// ellipsis inside, the editor's bracketed words, a sentence split around the attribution, numbers
/// in words or digits, quotation marks and punctuation at the edges. Each links, and none is a misquote.
/// </summary>
public class NewsPrintingTests
{
    private const string Choosing = "We are going to respond to this attack and we will do it at a time of our choosing.";

    [Theory]
    [InlineData("We are going to respond ... at a time of our choosing.")]
    [InlineData("We are going to respond … at a time of our choosing.")]
    [InlineData("We are going to respond [...] at a time of our choosing.")]
    [InlineData("We are going to respond […] and we will do it at a time of our choosing.")]
    [InlineData("We are going to respond to this attack ... at a time of our choosing.")]
    public void An_excerpt_with_an_ellipsis_inside_links_and_is_no_misquote(string excerpt)
    {
        var statements = Linking.Link(
            ("a", $"{{@tillerson “{Choosing}”}}"),
            ("b", $"{{@tillerson “{Choosing}”}}"),
            ("c", $"{{@tillerson “{excerpt}”}}"));

        Linking.Shape(statements).ShouldBe(new[] { new[] { "a:0", "b:0", "c:0" } });
        statements[0].Differences.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[Russia] told the world that relations between the two countries are at a low point.")]
    [InlineData("We told [Lavrov] that relations between the two countries are at a low point.")]
    [InlineData("We told [the Russian foreign minister] that relations between the two countries are at a low point.")]
    public void Words_the_editor_put_in_brackets_stand_for_the_speakers_and_are_no_misquote(string edited)
    {
        const string Said = "We told him that relations between the two countries are at a low point.";
        var statements = Linking.Link(
            ("a", $"{{@tillerson “{Said}”}}"),
            ("b", $"{{@tillerson “{Said}”}}"),
            ("c", $"{{@tillerson “{edited}”}}"));

        Linking.Shape(statements).ShouldBe(new[] { new[] { "a:0", "b:0", "c:0" } });
        statements[0].Differences.ShouldBeEmpty();
    }

    [Fact]
    public void A_markdown_link_in_a_quote_keeps_its_words()
    {
        var words = StatementWords.Of("We told [the minister](https://example.org) so.");

        words.Select(w => w.Text).ShouldBe(new[] { "we", "told", "the", "minister", "https", "example", "org", "so" });
        words.ShouldAllBe(w => !w.AfterGap);
    }

    [Fact]
    public void A_short_piece_of_a_sentence_split_around_the_attribution_joins_the_rest()
    {
        const string Rest = "do it at a time of our choosing and not before.";
        var statements = Linking.Link(
            ("a", $"{{@tillerson “We will,”}} he said, {{@tillerson “{Rest}”}}"),
            ("b", $"{{@tillerson “We will,”}} Mr. Tillerson said, {{@tillerson “{Rest}”}}"),
            ("c", $"{{@tillerson “We will {Rest}”}}"));

        Linking.Shape(statements).ShouldBe(new[] { new[] { "a:0", "a:1", "b:0", "b:1", "c:0" } });
    }

    [Theory]
    [InlineData("{@tillerson “We will.”} he said, {@tillerson “Do it at a time of our choosing and not before.”}")]
    [InlineData("{@tillerson “We will,”} he said. {@tillerson “Do it at a time of our choosing and not before.”}")]
    [InlineData("{@tillerson “We will,”} he said, {@lavrov “do it at a time of our choosing and not before.”}")]
    [InlineData("{@tillerson “We will,”}\n\nhe said, {@tillerson “do it at a time of our choosing and not before.”}")]
    public void Quotes_that_are_not_one_sentence_split_stay_apart(string body)
    {
        var statements = Linking.Link(
            ("a", body),
            ("c", "{@tillerson “Do it at a time of our choosing and not before.”}"));

        Linking.Shape(statements).ShouldBe(new[] { new[] { "a:1", "c:0" } });
    }

    [Theory]
    [InlineData("five", "5")]
    [InlineData("twenty", "20")]
    [InlineData("forty", "40")]
    [InlineData("10,000", "10000")]
    [InlineData("5%", "5 percent")]
    public void Numbers_in_words_or_digits_read_alike(string printed, string same) =>
        string.Join(" ", StatementWords.Of(printed).Select(w => w.Text)).ShouldBe(string.Join(" ", StatementWords.Of(same).Select(w => w.Text)));

    [Fact]
    public void A_number_written_out_by_one_outlet_and_in_digits_by_another_is_one_wording()
    {
        var statement = Linking.Link(
                ("a", "{@tillerson “We discussed five issues with the minister today.”}"),
                ("b", "{@tillerson “We discussed 5 issues with the minister today.”}"),
                ("c", "{@tillerson “We discussed 5 issues with the minister today.”}"))
            .Single();

        statement.Quotes.Count.ShouldBe(3);
        statement.Differences.ShouldBeEmpty();
    }

    [Fact]
    public void A_different_number_is_a_light_misquote()
    {
        var statement = Linking.Link(
                ("a", "{@tillerson “We discussed five issues with the minister today.”}"),
                ("b", "{@tillerson “We discussed five issues with the minister today.”}"),
                ("c", "{@tillerson “We discussed six issues with the minister today.”}"))
            .Single();

        statement.Quotes.Count.ShouldBe(3);
        statement.Differences.Single().Printed.ShouldBe("discussed six");
    }

    [Theory]
    [InlineData("\"We discussed the situation in Syria at length today\"")]
    [InlineData("‘We discussed the situation in Syria at length today…’")]
    [InlineData("«we discussed the situation in Syria at length today!»")]
    [InlineData("“...we discussed the situation in Syria at length today,”")]
    [InlineData("“— We discussed the situation in Syria at length today.”")]
    public void Quotation_marks_and_punctuation_at_either_edge_change_nothing(string printed)
    {
        var statement = Linking.Link(
                ("a", "{@tillerson “We discussed the situation in Syria at length today.”}"),
                ("b", "{@tillerson “We discussed the situation in Syria at length today.”}"),
                ("c", $"{{@tillerson {printed}}}"))
            .Single();

        statement.Quotes.Count.ShouldBe(3);
        statement.Differences.ShouldBeEmpty();
    }
}
