using System.Collections.Generic;
using Verbatim.Corpus.Finding;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Finding;

/// <summary>In an article file: only what no annotation covers, located in the file.</summary>
public class ArticleTests
{
    private static List<FoundQuotation> Find(string body, string frontMatter = "title: T")
    {
        string text = $"---\n{frontMatter}\n---\n{body}";
        return QuotationFinder.FindInArticle(text, ArticleParser.Parse("a.article.md", text), Finder.Index).Quotations.ToList();
    }

    [Fact]
    public void Annotated_quotes_and_the_marks_of_their_content_are_never_found()
    {
        Find("{@tillerson “There is a low level of trust between us,”} Mr. Tillerson said. {@lavrov:indirect the facts, “as he put it so well,” were unknown}.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Offsets_are_offsets_in_the_file()
    {
        string body = "{@tillerson “Trust is low.”} Then Mr. Lavrov said: “We are not convinced at all.”";
        var found = Find(body).ShouldHaveSingleItem();

        string file = $"---\ntitle: T\n---\n{body}";
        file.Substring(found.Start, found.Length).ShouldBe("“We are not convinced at all.”");
        found.Speaker!.Id.ShouldBe("lavrov");
    }

    [Fact]
    public void The_second_half_of_a_split_quote_goes_to_the_annotated_first_half()
    {
        var found = Find("{@putin “This reminds me of 2003,”} the president said. “The exact same thing is happening now.”").ShouldHaveSingleItem();

        found.Speaker!.Id.ShouldBe("putin");
        found.Cue.ShouldBe("{@putin “This reminds me of 2003,”}");
    }

    [Fact]
    public void Escaped_marks_and_the_front_matter_are_not_looked_at()
    {
        Find("He wrote \\“ and then \\” in plain text, with \\{ braces \\}.", "title: T\nspeakers:\n  ilf: { name: Ilf, role: \"author of “The Twelve Chairs and more”\" }")
            .ShouldBeEmpty();
    }

    [Fact]
    public void An_article_with_malformed_annotations_is_not_searched()
    {
        Find("{@tillerson “Trust is low.” and “never closed here at all,” said Mr. Lavrov.").ShouldBeEmpty();
    }

    [Fact]
    public void A_quotation_beside_a_nested_annotation_is_found_outside_it()
    {
        var found = Find("Mr. Putin said, {@putin “ {@ilf-petrov ‘It’s boring, ladies.’} We have seen this.”} “We will see about all that,” Mr. Lavrov said.");

        found.Select(q => (q.Text, q.Speaker?.Id)).ShouldBe(new[] { ("We will see about all that,", (string?)"lavrov") });
    }
}
