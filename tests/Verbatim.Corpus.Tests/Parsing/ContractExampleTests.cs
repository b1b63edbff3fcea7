using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Parsing;

/// <summary>The example article and registry of docs/corpus-format.md, read end to end.</summary>
public class ContractExampleTests
{
    private const string Article = """
        ---
        id: nyt-tillerson-putin            # optional; default: the file name without .article.md
        title: Tillerson and Putin Meet    # required
        outlet: The New York Times         # optional
        published: 2017-04-12              # optional, ISO 8601 date
        url: https://www.example.com/a     # optional, absolute URL
        authors: [A. Reporter]             # optional
        speakers:                          # optional article-local speakers, same schema as a registry
          peskov: { name: Dmitri S. Peskov, role: Kremlin spokesman }
        ---
        {@tillerson#low-trust “There is a low level of trust between our countries,”} Mr. Tillerson
        told reporters. Mr. Putin said, {@putin “ {@ilf-petrov ‘It’s boring, ladies.’} We have seen
        this all before.”} Mr. Lavrov said {@lavrov:indirect the facts had yet to be determined}.
        """;

    private const string Registry = """
        tillerson:                       # the speaker id
          name: Rex W. Tillerson         # required
          role: U.S. Secretary of State  # optional
          organization: U.S. Department of State   # optional
          kind: person                   # person (default) | organization | group | anonymous
          aliases: [Rex Tillerson, Mr. Tillerson]  # optional
        former-us-official:
          name: A former U.S. official involved in relations with Russia over Syria
          kind: anonymous
        """;

    [Fact]
    public void The_front_matter_fields_are_read()
    {
        var result = ArticleParser.Parse("articles/x.article.md", Article);

        result.Diagnostics.ShouldBeEmpty();
        var article = result.Article;
        article.Id.ShouldBe("nyt-tillerson-putin");
        article.Title.ShouldBe("Tillerson and Putin Meet");
        article.Outlet.ShouldBe("The New York Times");
        article.Published.ShouldBe(new CorpusDate(2017, 4, 12));
        article.Url.ShouldBe("https://www.example.com/a");
        article.Authors.ShouldBe(new[] { "A. Reporter" });
        article.Speakers.Count.ShouldBe(1);
        article.Speakers[0].Id.ShouldBe("peskov");
        article.Speakers[0].Name.ShouldBe("Dmitri S. Peskov");
        article.Speakers[0].Role.ShouldBe("Kremlin spokesman");
    }

    [Fact]
    public void The_body_reads_as_the_article_did()
    {
        var article = ArticleParser.Parse("x.article.md", Article).Article;

        article.Body.ShouldBe("""
            “There is a low level of trust between our countries,” Mr. Tillerson
            told reporters. Mr. Putin said, “ ‘It’s boring, ladies.’ We have seen
            this all before.” Mr. Lavrov said the facts had yet to be determined.
            """);
    }

    [Fact]
    public void The_quotes_are_in_document_order_with_their_text_kind_and_nesting()
    {
        var article = ArticleParser.Parse("x.article.md", Article).Article;

        article.Quotes.Select(q => (q.Speakers[0].Id, q.Id, q.Kind, q.Text, q.Line, q.Parent)).ShouldBe(new (string, string?, QuoteKind, string, int, int)[]
        {
            ("tillerson", "low-trust", QuoteKind.Direct, "There is a low level of trust between our countries,", 11, -1),
            ("putin", null, QuoteKind.Direct, "‘It’s boring, ladies.’ We have seen\nthis all before.", 12, -1),
            ("ilf-petrov", null, QuoteKind.Direct, "It’s boring, ladies.", 12, 1),
            ("lavrov", null, QuoteKind.Indirect, "the facts had yet to be determined", 13, -1),
        });
    }

    [Fact]
    public void The_registry_speakers_are_read_in_file_order()
    {
        var result = RegistryParser.Parse("s.speakers.yaml", Registry);

        result.Diagnostics.ShouldBeEmpty();
        result.Speakers.Count.ShouldBe(2);
        var tillerson = result.Speakers[0];
        tillerson.ShouldBe(new SpeakerSpec("tillerson", "Rex W. Tillerson", "U.S. Secretary of State", "U.S. Department of State",
            SpeakerKind.Person, new EquatableArray<string>(new[] { "Rex Tillerson", "Mr. Tillerson" }), "s.speakers.yaml",
            new SourceSpan(0, 9, 0, 0, 0, 9)));
        result.Speakers[1].Id.ShouldBe("former-us-official");
        result.Speakers[1].Kind.ShouldBe(SpeakerKind.Anonymous);
    }
}
