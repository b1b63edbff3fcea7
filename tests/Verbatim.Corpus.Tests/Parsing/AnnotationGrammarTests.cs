using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Parsing;

/// <summary>
/// The annotation grammar: <c>{@</c> speaker-id (<c>,</c> speaker-id)* [<c>#</c> quote-id] [<c>:</c> kind],
/// one space, the content, <c>}</c>. Each test is a body in, the plain body and quotes out.
/// </summary>
public class AnnotationGrammarTests
{
    private const string FrontMatter = "---\ntitle: T\n---\n";

    private static ArticleSpec Read(string body)
    {
        var result = ArticleParser.Parse("a.article.md", FrontMatter + body);
        result.Diagnostics.ShouldBeEmpty();
        foreach (var quote in result.Article.Quotes)
        {
            QuoteText.Of(result.Article.Body, quote.Start, quote.Length).ShouldBe(quote.Text);
        }
        return result.Article;
    }

    [Fact]
    public void An_annotation_is_replaced_by_its_content()
    {
        var article = Read("He said {@tillerson “Hello.”} and left.");

        article.Body.ShouldBe("He said “Hello.” and left.");
        var quote = article.Quotes.Single();
        quote.Speakers.Select(s => s.Id).ShouldBe(new[] { "tillerson" });
        article.Body.Substring(quote.Start, quote.Length).ShouldBe("“Hello.”");
        quote.Text.ShouldBe("Hello.");
        quote.Kind.ShouldBe(QuoteKind.Direct);
        quote.Id.ShouldBeNull();
        quote.Parent.ShouldBe(-1);
        quote.Line.ShouldBe(4);
    }

    [Fact]
    public void The_speaker_reference_and_opening_token_carry_their_places()
    {
        var quote = Read("He said {@tillerson “Hello.”}").Quotes.Single();

        quote.Speakers.Single().Span.ShouldBe(new SourceSpan(27, 9, 3, 10, 3, 19));
        quote.OpeningSpan.ShouldBe(new SourceSpan(25, 12, 3, 8, 3, 20));
    }

    [Fact]
    public void Several_speakers_are_listed_in_order() =>
        Read("{@tillerson,lavrov “We agreed.”}").Quotes.Single().Speakers.Select(s => s.Id).ShouldBe(new[] { "tillerson", "lavrov" });

    [Fact]
    public void A_quote_id_follows_a_hash()
    {
        var quote = Read("{@tillerson#low-trust “Low trust.”}").Quotes.Single();

        quote.Id.ShouldBe("low-trust");
        quote.IdSpan.ShouldBe(new SourceSpan(29, 9, 3, 12, 3, 21));
    }

    [Theory]
    [InlineData("{@lavrov:indirect the facts were unclear}", QuoteKind.Indirect)]
    [InlineData("{@lavrov:direct “Unclear.”}", QuoteKind.Direct)]
    [InlineData("{@lavrov:Indirect the facts were unclear}", QuoteKind.Indirect)]
    [InlineData("{@lavrov,peskov#q1:indirect they disagreed}", QuoteKind.Indirect)]
    public void A_kind_follows_a_colon(string body, QuoteKind kind) =>
        Read(body).Quotes.Single().Kind.ShouldBe(kind);

    [Fact]
    public void Ids_may_use_any_script_digits_dots_underscores_and_dashes() =>
        Read("{@путин,r.c._hammond-2,习近平,हिन्दी x}").Quotes.Single().Speakers.Select(s => s.Id)
            .ShouldBe(new[] { "путин", "r.c._hammond-2", "习近平", "हिन्दी" });

    [Fact]
    public void Content_may_span_lines_and_paragraphs()
    {
        var article = Read("{@putin “First.\n\nSecond.”} Then");

        article.Body.ShouldBe("“First.\n\nSecond.” Then");
        article.Quotes.Single().Text.ShouldBe("First.\n\nSecond.");
    }

    [Fact]
    public void Nested_quotes_come_after_their_parent_and_point_to_it()
    {
        var article = Read("{@putin “ {@ilf-petrov ‘It’s {@x boring}.’} {@y Seen.}”} {@z after}");

        article.Body.ShouldBe("“ ‘It’s boring.’ Seen.” after");
        article.Quotes.Select(q => (q.Speakers[0].Id, q.Parent, q.Text)).ShouldBe(new[]
        {
            ("putin", -1, "‘It’s boring.’ Seen."),
            ("ilf-petrov", 0, "It’s boring."),
            ("x", 1, "boring"),
            ("y", 0, "Seen."),
            ("z", -1, "after"),
        });
    }

    [Theory]
    [InlineData(@"a \{ b", "a { b")]
    [InlineData(@"a \} b", "a } b")]
    [InlineData(@"a \\ b", @"a \ b")]
    [InlineData(@"a \\\{ b", @"a \{ b")]
    [InlineData(@"a \n b", @"a \n b")]
    [InlineData(@"C:\path", @"C:\path")]
    [InlineData(@"end \", @"end \")]
    [InlineData(@"\{@x not a quote\}", "{@x not a quote}")]
    [InlineData("{not an annotation", "{not an annotation")]
    [InlineData("{ @x", "{ @x")]
    public void Escapes_write_literal_braces_and_backslashes(string body, string plain)
    {
        var article = Read(body);

        article.Body.ShouldBe(plain);
        article.Quotes.ShouldBeEmpty();
    }

    [Fact]
    public void Escapes_inside_a_quote_count_as_one_character_of_its_content()
    {
        var article = Read(@"{@x “a \} b \\ c”} d");

        article.Body.ShouldBe(@"“a } b \ c” d");
        article.Quotes.Single().Text.ShouldBe(@"a } b \ c");
    }

    [Theory]
    [InlineData("{@x “words”}", "words")]
    [InlineData("{@x \"words\"}", "words")]
    [InlineData("{@x ‘words’}", "words")]
    [InlineData("{@x 'words'}", "words")]
    [InlineData("{@x «words»}", "words")]
    [InlineData("{@x « words »}", "words")]
    [InlineData("{@x   “ words ”  }", "words")]
    [InlineData("{@x ““words””}", "“words”")]
    [InlineData("{@x “words,” he said}", "“words,” he said")]
    [InlineData("{@x “words'}", "“words'")]
    [InlineData("{@x paraphrase}", "paraphrase")]
    [InlineData("{@x “}", "“")]
    [InlineData("{@x }", "")]
    public void Text_strips_white_space_and_one_enclosing_pair_of_quotation_marks(string body, string text) =>
        Read(body).Quotes.Single().Text.ShouldBe(text);

    [Fact]
    public void A_second_space_after_the_header_belongs_to_the_content()
    {
        var quote = Read("{@x  “a”}").Quotes.Single();

        quote.Length.ShouldBe(4);
        quote.Text.ShouldBe("a");
    }

    [Fact]
    public void A_quote_id_is_unique_in_its_article_ignoring_case_but_may_repeat_across_articles()
    {
        Read("{@x#q a}").Quotes.Single().Id.ShouldBe("q");
        Read("{@x#q a} {@y#p b}").Quotes.Select(q => q.Id).ShouldBe(new[] { "q", "p" });
    }

    [Fact]
    public void The_line_is_the_line_of_the_opening_brace() =>
        Read("one\n{@x two\nthree} {@y four}\n\n{@z five}").Quotes.Select(q => q.Line).ShouldBe(new[] { 5, 6, 8 });

    // Bodies of these lengths (after the front matter) are written on the stack, then on the heap.
    [Theory]
    [InlineData(BodyBuffer.MaxStackCharacters - 1)]
    [InlineData(BodyBuffer.MaxStackCharacters)]
    [InlineData(BodyBuffer.MaxStackCharacters + 1)]
    [InlineData(3 * BodyBuffer.MaxStackCharacters)]
    public void A_body_reads_the_same_whatever_its_length(int length)
    {
        const string Markup = "A\\{b\\} {@tillerson#long “Hello.”}\r\n";
        string prose = new('x', length - Markup.Length);

        var article = Read(Markup + prose);

        article.Body.ShouldBe("A{b} “Hello.”\n" + prose);
        article.Quotes.Single().Text.ShouldBe("Hello.");
    }
}
