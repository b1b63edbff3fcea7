using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Parsing;

/// <summary>A body offset maps back to where the file has that character, across markup, escapes and CRLF.</summary>
public class BodyPositionTests
{
    [Theory]
    [InlineData("---\ntitle: T\n---\nHe said {@a “nuclear owners”} today.", "owners")]
    [InlineData("---\r\ntitle: T\r\n---\r\nA \\{brace\\}\r\n{@a#q “x {@b ‘y’} nuclear owners”}", "owners")]
    [InlineData("---\ntitle: T\n---\n{@a “one\ntwo {@b ‘three’} four”}", "four")]
    public void A_word_of_the_body_maps_to_the_same_word_in_the_file(string file, string word)
    {
        var article = ArticleParser.Parse("a.article.md", file).Article;
        int inBody = article.Body.IndexOf(word, StringComparison.Ordinal);

        var span = article.Positions!.Span(inBody, word.Length);

        file.Substring(span.Start, span.Length).ShouldBe(word);
        var lines = new LineMap(file).Span(span.Start, span.Length);
        span.ShouldBe(lines);
    }
}
