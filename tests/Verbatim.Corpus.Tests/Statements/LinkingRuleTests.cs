using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>Which quotes make one statement: each rule of docs/statements.md, a small corpus in, the statements out.</summary>
public class LinkingRuleTests
{
    private const string Trust = "There is a low level of trust between our two countries.";

    [Fact]
    public void Copies_in_different_articles_are_one_statement_whatever_the_quotation_marks_and_case() =>
        Linking.Shape(Linking.Link(
                ("a", $"{{@tillerson “{Trust}”}}"),
                ("b", $"{{@tillerson \"{Trust.ToUpperInvariant()}\"}}")))
            .ShouldBe(new[] { new[] { "a:0", "b:0" } });

    [Fact]
    public void Quotes_of_one_article_alone_are_no_statement() =>
        Linking.Link(("a", $"{{@tillerson “{Trust}”}} and again {{@tillerson “{Trust}”}}")).ShouldBeEmpty();

    [Fact]
    public void A_few_words_changed_added_or_dropped_still_link() =>
        Linking.Shape(Linking.Link(
                ("a", "{@tillerson “The world’s two foremost nuclear powers cannot have this kind of relationship.”}"),
                ("b", "{@tillerson “The world's two foremost nuclear owners can not have this sort of relationship”}"),
                ("c", "{@tillerson “The two foremost nuclear powers cannot have this kind of a relationship.”}")))
            .ShouldBe(new[] { new[] { "a:0", "b:0", "c:0" } });

    [Fact]
    public void Different_statements_of_one_speaker_do_not_link() =>
        Linking.Link(
                ("a", "{@tillerson “We discussed the situation in Syria at length today.”}"),
                ("b", "{@tillerson “We discussed the situation in North Korea with our partners.”}"))
            .ShouldBeEmpty();

    [Fact]
    public void An_excerpt_of_three_or_more_words_joins_the_statement_it_comes_from() =>
        Linking.Shape(Linking.Link(
                ("a", $"{{@tillerson “{Trust}”}}"),
                ("b", $"{{@tillerson “{Trust}”}}"),
                ("c", "a {@tillerson “low level of trust”} indeed")))
            .ShouldBe(new[] { new[] { "a:0", "b:0", "c:0" } });

    [Fact]
    public void A_short_excerpt_needs_a_speaker_in_common() =>
        Linking.Link(
                ("a", $"{{@tillerson “{Trust}”}}"),
                ("c", "a {@putin “low level of trust”} indeed"))
            .ShouldBeEmpty();

    [Fact]
    public void Two_words_are_no_excerpt() =>
        Linking.Link(("a", $"{{@tillerson “{Trust}”}}"), ("c", "a {@tillerson “low level”}")).ShouldBeEmpty();

    [Fact]
    public void A_quote_spanning_two_statements_belongs_to_each_and_does_not_join_them()
    {
        const string Powers = "The world’s two foremost nuclear powers cannot have this kind of relationship.";
        var statements = Linking.Link(
            ("a", $"{{@tillerson “{Trust}”}} He added: {{@tillerson “{Powers}”}}"),
            ("b", $"{{@tillerson “{Trust} {Powers}”}}"));

        Linking.Shape(statements).ShouldBe(new[] { new[] { "a:0", "b:0" }, new[] { "a:1", "b:0" } });
        // The compound quote's part prints the same words, so it is the same wording.
        statements[0].Wordings.Single().Quotes.Count.ShouldBe(2);
    }

    [Fact]
    public void Pieces_of_one_sentence_split_around_he_said_are_one_statement_with_the_whole_sentence()
    {
        const string First = "We are going to respond to this attack", Second = "and we will do it at a time of our choosing";
        var statements = Linking.Link(
            ("a", $"{{@tillerson “{First},”}} he said, {{@tillerson “{Second}.”}}"),
            ("b", $"{{@tillerson “{First},”}} he said, {{@tillerson “{Second}.”}}"),
            ("c", $"{{@tillerson “{First}, {Second}.”}}"));

        Linking.Shape(statements).ShouldBe(new[] { new[] { "a:0", "a:1", "b:0", "b:1", "c:0" } });
    }

    [Fact]
    public void A_paraphrase_joins_only_through_a_shared_id_and_a_speaker_in_common()
    {
        Linking.Link(("a", $"{{@tillerson “{Trust}”}}"), ("b", $"{{@tillerson:indirect {Trust}}}")).ShouldBeEmpty();

        Linking.Shape(Linking.Link(("a", $"{{@tillerson#trust “{Trust}”}}"), ("b", "{@tillerson#trust:indirect trust was low}")))
            .ShouldBe(new[] { new[] { "a:0", "b:0" } });
        Linking.Link(("a", $"{{@tillerson#trust “{Trust}”}}"), ("b", "{@lavrov#trust:indirect trust was low}")).ShouldBeEmpty();
    }

    [Fact]
    public void A_translation_joins_through_its_shared_id_and_is_no_misquote()
    {
        var statement = Linking.Link(
            ("a", "{@putin#degraded “It can be said that the level of trust at the working level has degraded.”}"),
            ("b", "{@putin#degraded “It can be said that the level of trust at the working level has degraded.”}"),
            ("c", "{@putin#degraded “You could say confidence between our soldiers got worse.”}"))
            .Single();

        statement.Quotes.Count.ShouldBe(3);
        statement.Differences.ShouldBeEmpty();
    }

    [Fact]
    public void Boilerplate_in_every_quote_links_nothing()
    {
        var articles = Enumerable.Range(0, 60)
            .Select(i => ($"a{i:00}", $"{{@spicer “We said in a statement that topic number {i} is closed.”}}"))
            .ToArray();

        Linking.Link(articles).ShouldBeEmpty();
    }

    [Fact]
    public void A_light_misquote_links_when_many_other_quotes_share_most_of_its_runs()
    {
        // Forty quotes open with the statement's first seven words (then four numbers no two share):
        // those runs are common, so the pair is found through the rarer runs of its end.
        const string Said = "We discussed the situation in Syria at length today with the foreign minister.";
        var others = Enumerable.Range(0, 40)
            .Select(i => ($"o{i:00}", $"{{@tillerson “We discussed the situation in Syria at {i} {(7 * i) + 3} {(13 * i) + 5} {(17 * i) + 11} with our partners.”}}"));
        var articles = others
            .Append(("a", $"{{@tillerson “{Said}”}}"))
            .Append(("b", "{@tillerson “We discussed the situation in Syria at length today with the foreign ministers.”}"))
            .ToArray();

        Linking.Shape(Linking.Link(articles)).ShouldBe(new[] { new[] { "a:0", "b:0" } });
    }

    [Fact]
    public void A_statement_printed_everywhere_is_one_statement()
    {
        var articles = Enumerable.Range(0, 200).Select(i => ($"a{i:000}", $"{{@tillerson “{Trust}”}}")).ToArray();

        Linking.Link(articles).Single().Quotes.Count.ShouldBe(200);
    }

    [Fact]
    public void Another_speakers_words_nested_in_a_quote_link_with_that_speaker_only()
    {
        var statements = Linking.Link(
            ("a", "{@putin “ {@lavrov ‘It is boring, ladies and gentlemen.’} We have seen this all before, many times.”}"),
            ("b", "{@lavrov “It is boring, ladies and gentlemen.”}"));

        Linking.Shape(statements).ShouldBe(new[] { new[] { "a:1", "b:0" } });
    }
}
