using Verbatim.Corpus.Drafting;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Drafting;

public sealed class YamlScalarTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("a \"quoted\" \\ backslash")]
    [InlineData("line\nbreaks\r\nand\ttabs")]
    [InlineData("separators \u2028 and \u2029 YAML reads as line breaks")]
    [InlineData("next line \u0085, a \uFEFF byte-order mark, a \u0001 control")]
    public void A_quoted_title_reads_back_as_exactly_its_text(string title)
    {
        var parsed = ArticleParser.Parse("a.article.md", "---\ntitle: " + YamlScalar.Quoted(title) + "\n---\nBody.\n");

        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Article.Title.ShouldBe(title);
    }
}
