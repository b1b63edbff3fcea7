using Verbatim.Corpus.Drafting;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Drafting;

/// <summary>A draft's title, whatever the raw text opens with, reads back with no error (found by the <c>finder</c> fuzz target).</summary>
public sealed class DraftTitleTests
{
    [Theory]
    [InlineData("\u000B \n", "Untitled")]
    [InlineData("\u00A0\u2003Only\u000Bwords\u3000here.", "Only words here.")]
    [InlineData("One\u2029paragraph\u2028line.", "One paragraph line.")]
    [InlineData("A Headline\u2029Over Two\n\nThe body.\n", "A Headline\u2029Over Two")]
    public void A_title_made_of_the_first_words_reads_back_with_no_error(string raw, string title)
    {
        var parsed = ArticleParser.Parse("a.article.md", ArticleDrafter.Draft(raw));

        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Article.Title.ShouldBe(title);
    }
}
