using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Parsing;

/// <summary>Offsets index the text as given; lines and columns count breaks the way Roslyn does.</summary>
public class PositionTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Every_line_break_Roslyn_knows_ends_a_line(string lineBreak)
    {
        string text = $"ab{lineBreak}cd";
        var lines = new LineMap(text);

        lines.Span(2 + lineBreak.Length, 1).ShouldBe(new SourceSpan(2 + lineBreak.Length, 1, 1, 0, 1, 1));
        lines.Span(2, lineBreak.Length).ShouldBe(new SourceSpan(2, lineBreak.Length, 0, 2, 1, 0));
    }

    [Fact]
    public void A_CR_LF_pair_is_one_break_and_its_LF_stays_on_the_line() =>
        new LineMap("a\r\n\r\nb").Span(3, 1).ShouldBe(new SourceSpan(3, 1, 1, 0, 1, 1));

    [Fact]
    public void Spans_are_clamped_to_the_text() =>
        new LineMap("abc").Span(2, 10).ShouldBe(new SourceSpan(2, 1, 0, 2, 0, 3));

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Quote_lines_diagnostic_positions_and_the_body_do_not_depend_on_line_endings(string lineBreak)
    {
        string text = string.Join(lineBreak, "---", "title: T", "published: soon", "---", "", "One {@a “x”}", "two {@ y}");

        var result = ArticleParser.Parse("a.article.md", text);

        result.Article.Quotes.Single().Line.ShouldBe(6);
        result.Article.Body.ShouldBe("\nOne “x”\ntwo y");
        result.Diagnostics.Select(d => (d.Span.StartLine, d.Span.StartColumn, d.Span.Length)).ShouldBe(new[] { (2, 11, 4), (6, 6, 1) });
        result.Diagnostics.Select(d => text.Substring(d.Span.Start, d.Span.Length)).ShouldBe(new[] { "soon", " " });
    }

    [Fact]
    public void A_BOM_counts_as_a_character_of_the_first_line()
    {
        string text = "\uFEFF{@ x}";

        var errors = ArticleParser.Parse("a.article.md", text).Diagnostics;

        errors.Select(e => e.Span).ShouldBe(new[] { new SourceSpan(1, 0, 0, 1, 0, 1), new SourceSpan(3, 1, 0, 3, 0, 4) });
    }

    [Fact]
    public void Body_offsets_skip_the_markup_and_the_escapes()
    {
        var article = ArticleParser.Parse("a.article.md", "---\ntitle: T\n---\n\\{ {@a#q:indirect \\} {@b “x”}}").Article;

        article.Body.ShouldBe("{ } “x”");
        article.Quotes.Select(q => (q.Start, q.Length)).ShouldBe(new[] { (2, 5), (4, 3) });
    }
}
