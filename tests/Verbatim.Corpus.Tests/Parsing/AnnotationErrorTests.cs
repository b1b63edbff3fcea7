using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Parsing;

/// <summary>
/// Malformed annotations (VQ0002) and duplicate quote ids (VQ0004): each at its exact place, and
/// each leaving the body readable so the next mistake is still found. A malformed annotation is no quote.
/// </summary>
public class AnnotationErrorTests
{
    private const string FrontMatter = "---\ntitle: T\n---\n";

    private static ArticleParseResult Parse(string body) => ArticleParser.Parse("a.article.md", FrontMatter + body);

    [Fact]
    public void An_unterminated_annotation_is_VQ0002_at_its_opening_and_the_rest_is_its_content()
    {
        var result = Parse("Before {@x “never closed.\n\nMore text.");

        result.Article.Body.ShouldBe("Before “never closed.\n\nMore text.");
        result.Article.Quotes.ShouldBeEmpty();
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[] { "(4,8)-(4,10) VQ0002: This annotation is never closed; end its content with '}'." });
    }

    [Fact]
    public void Only_the_unterminated_one_of_nested_annotations_is_lost()
    {
        var result = Parse("{@outer a {@inner b} c");

        result.Article.Quotes.Single().Text.ShouldBe("b");
        result.Article.Quotes.Single().Parent.ShouldBe(-1);
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[] { "(4,1)-(4,3) VQ0002: This annotation is never closed; end its content with '}'." });
    }

    [Theory]
    [InlineData("{@ x}", "(4,3)-(4,4)")]
    [InlineData("{@a,,b x}", "(4,5)-(4,6)")]
    [InlineData("{@a, x}", "(4,5)-(4,6)")]
    [InlineData("{@#q x}", "(4,3)-(4,4)")]
    [InlineData("{@:indirect x}", "(4,3)-(4,4)")]
    public void An_empty_speaker_is_VQ0002_where_the_id_should_be(string body, string span)
    {
        var result = Parse(body);

        result.Article.Body.ShouldBe("x");
        result.Article.Quotes.ShouldBeEmpty();
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[] { $"{span} VQ0002: An annotation needs a speaker id here; write one, such as '{{@tillerson …}}'." });
    }

    [Theory]
    [InlineData("{@x:dirct y}", "(4,5)-(4,10)", "dirct")]
    [InlineData("{@x: y}", "(4,4)-(4,5)", "")]
    [InlineData("{@x:INDIRECTLY y}", "(4,5)-(4,15)", "INDIRECTLY")]
    public void An_unknown_kind_is_VQ0002_at_the_kind(string body, string span, string kind) =>
        Diagnosed.Lines(Parse(body).Diagnostics).ShouldBe(new[] { $"{span} VQ0002: Unknown quote kind '{kind}'; use 'direct' or 'indirect'." });

    [Fact]
    public void An_empty_quote_id_is_VQ0002_at_the_hash() =>
        Diagnosed.Lines(Parse("{@x# y}").Diagnostics).ShouldBe(new[] { "(4,4)-(4,5) VQ0002: The '#' must be followed by a quote id; write one or remove the '#'." });

    [Theory]
    [InlineData("{@x“Hello.”}", "(4,4)-(4,5)", "“Hello.”")]
    [InlineData("{@x\nHello.}", "(4,4)-(5,1)", "\nHello.")]
    [InlineData("{@x\tHello.}", "(4,4)-(4,5)", "\tHello.")]
    [InlineData("{@x}", "(4,4)-(4,5)", "")]
    [InlineData("{@x#q}", "(4,6)-(4,7)", "")]
    public void A_missing_space_is_VQ0002_where_it_should_be_and_the_content_starts_there(string body, string span, string plain)
    {
        var result = Parse(body);

        result.Article.Body.ShouldBe(plain);
        result.Article.Quotes.ShouldBeEmpty();
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            $"{span} VQ0002: An annotation's header must be followed by one space and then the content; insert a space here.",
        });
    }

    [Fact]
    public void A_quote_id_after_the_kind_is_VQ0002_at_the_hash_and_both_are_still_read()
    {
        var result = Parse("{@x:indirect#q y}");

        result.Article.Body.ShouldBe("y");
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            "(4,13)-(4,14) VQ0002: The quote id must come before the kind, as in '{@lavrov#facts:indirect …}'; move the '#' and the id before the ':'.",
        });
    }

    [Fact]
    public void A_stray_closing_brace_is_VQ0002_at_the_brace_and_kept_as_text()
    {
        var result = Parse("{@x a} b}");

        result.Article.Body.ShouldBe("a b}");
        result.Article.Quotes.Count.ShouldBe(1);
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[] { "(4,9)-(4,10) VQ0002: This '}' closes no annotation; write '\\}' for a literal brace, or remove it." });
    }

    [Theory]
    [InlineData("{@ti$llerson x}", "(4,3)-(4,13)", "'ti$llerson' is not a valid speaker id")]
    [InlineData("{@-x x}", "(4,3)-(4,5)", "'-x' is not a valid speaker id")]
    [InlineData("{@a,_b x}", "(4,5)-(4,7)", "'_b' is not a valid speaker id")]
    [InlineData("{@a#q? x}", "(4,5)-(4,7)", "'q?' is not a valid quote id")]
    public void Invalid_id_characters_are_VQ0002_at_the_id(string body, string span, string message) =>
        Diagnosed.Lines(Parse(body).Diagnostics).ShouldBe(new[]
        {
            $"{span} VQ0002: {message}; start with a letter or digit and use only letters, digits, '.', '_' and '-'.",
        });

    [Fact]
    public void A_duplicate_quote_id_is_VQ0004_at_the_second_which_keeps_its_quote_without_the_id()
    {
        var result = Parse("{@x#low-trust a} {@y#Low-Trust b}");

        result.Article.Quotes.Select(q => q.Id).ShouldBe(new[] { "low-trust", null });
        result.Article.Quotes[1].IdSpan.ShouldBeNull();
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            "(4,22)-(4,31) VQ0004: Quote id 'Low-Trust' is already used in this article; give this quote another id.",
        });
    }

    [Fact]
    public void A_duplicate_quote_id_suggests_the_first_free_numbered_id_of_its_article()
    {
        // low-trust-2 is written later in the article, so the first rename is -3, the next -4.
        var result = Parse("{@x#low-trust a} {@y#low-trust b} {@z#low-trust c} {@w#low-trust-2 d}");

        result.Diagnostics.Select(d => string.Join(",", d.Suggestions)).ShouldBe(new[] { "low-trust-3", "low-trust-4" });
    }

    [Fact]
    public void A_quote_inside_a_malformed_annotation_points_to_the_nearest_quote_above()
    {
        var result = Parse("{@a one {@b:bad two {@c three}}}");

        result.Article.Quotes.Select(q => (q.Speakers[0].Id, q.Parent)).ShouldBe(new[] { ("a", -1), ("c", 0) });
    }

    [Fact]
    public void Every_mistake_is_found_not_only_the_first()
    {
        var result = Parse("{@ a} {@b:bad c}\n{@d “e”} f}\n{@g,,h i} {@j#k l} {@m#K n} {@o p");

        result.Article.Body.ShouldBe("a c\n“e” f}\ni l n p");
        result.Diagnostics.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn)).ShouldBe(new[]
        {
            ("VQ0002", 3, 2),
            ("VQ0002", 3, 10),
            ("VQ0002", 4, 10),
            ("VQ0002", 5, 4),
            ("VQ0002", 5, 28),
            ("VQ0004", 5, 23),
        });
    }

    [Fact]
    public void Annotations_nested_past_the_limit_are_VQ0002_once_and_are_not_quotes()
    {
        int depth = CorpusLimits.MaxAnnotationDepth + 5;
        var body = string.Concat(Enumerable.Repeat("{@x a ", depth)) + new string('}', depth);

        var result = Parse(body);

        result.Article.Quotes.Count.ShouldBe(CorpusLimits.MaxAnnotationDepth);
        result.Article.Body.ShouldBe(string.Concat(Enumerable.Repeat("a ", depth)));
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            $"(4,{(6 * CorpusLimits.MaxAnnotationDepth) + 1})-(4,{(6 * CorpusLimits.MaxAnnotationDepth) + 3}) VQ0002: Annotations are nested more than 32 deep here; this one and those inside it are not read as quotes, so flatten the nesting.",
        });
    }
}
