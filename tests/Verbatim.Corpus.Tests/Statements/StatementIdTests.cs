using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>A statement's id: the quote id its quotes share, else one derived from its words; never from file order.</summary>
public class StatementIdTests
{
    private const string Trust = "There is a low level of trust between our two countries.";

    [Fact]
    public void A_shared_quote_id_is_the_statement_id()
    {
        var statement = Linking.Link(("a", $"{{@tillerson#low-trust “{Trust}”}}"), ("b", $"{{@tillerson “{Trust}”}}")).Single();

        (statement.Id, statement.HasQuoteId).ShouldBe(("low-trust", true));
    }

    [Fact]
    public void Without_a_quote_id_the_id_comes_from_the_words_and_stays_with_them()
    {
        var first = Linking.Link(("a", $"{{@tillerson “{Trust}”}}"), ("b", $"{{@tillerson “{Trust}”}}")).Single();
        var other = Linking.Link(("x", $"{{@tillerson \"{Trust}\"}} more prose"), ("y", $"Prose. {{@tillerson “{Trust}”}}")).Single();

        first.HasQuoteId.ShouldBeFalse();
        first.Id.ShouldMatch("^s-[0-9a-f]{8}$");
        other.Id.ShouldBe(first.Id);
    }

    [Fact]
    public void Statements_do_not_depend_on_the_order_of_the_files()
    {
        var files = new[]
        {
            ("a", $"{{@tillerson “{Trust}”}} {{@lavrov “We have seen very alarming actions recently with an unlawful attack.”}}"),
            ("b", $"{{@tillerson “{Trust}”}} {{@lavrov “an unlawful attack”}}"),
            ("c", "{@lavrov “We have seen very alarming actions recently with an unlawful attack.”}"),
        };
        var registry = RegistryParser.Parse("p.speakers.yaml", Linking.Speakers);
        var parsed = files.Select(f => ArticleParser.Parse($"{f.Item1}.article.md", $"---\ntitle: t\n---\n{f.Item2}")).ToList();

        var forward = CorpusResolver.Resolve(new[] { registry }, parsed).Statements;
        parsed.Reverse();
        var backward = CorpusResolver.Resolve(new[] { registry }, parsed).Statements;
        var signatures = StatementLinker.Link(parsed.Select(p => Signatures.Of(p.Article)));

        backward.ShouldBe(forward);
        signatures.ShouldBe(forward);
        forward.Count.ShouldBe(2);
    }
}
