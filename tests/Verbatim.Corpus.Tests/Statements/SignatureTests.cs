using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>
/// Signatures pinned field by field on the hard cases (contractions, number words, ellipses, the
/// editor's brackets, nested and split quotes, dashes, curly and straight marks): the values the
/// join and every cached pipeline step depend on.
/// </summary>
public class SignatureTests
{
    private const string Pinned =
        "{@Tillerson “We will,”} he said, {@tillerson “not give up on U.S. talks … even [the president] can’t.”}\n\n"
        + "{@lavrov “He told me {@putin ‘there’s no trust’} and {@tillerson ‘five’}, and I wasn’t surprised.”} Mr. Lavrov said.";

    private static ArticleSignature Article() =>
        Signatures.Of(ArticleParser.Parse("articles/pin.article.md", $"---\ntitle: pin\n---\n{Pinned}\n").Article);

    private static QuoteSignature Quote(string content) =>
        Signatures.Of(0, null, new[] { "A", "Bé" }, QuoteKind.Direct, false, content, 0, content.Length, new[] { (2, 5) });

    private static string Row(QuoteSignature q) =>
        $"{string.Join(",", q.Speakers)}|{q.Content}|{q.Text}|{string.Join(",", Enumerable.Range(0, q.Words.Count).Select(w => q.WordPlace(w).Start))}|{string.Join(",", Enumerable.Range(0, q.Words.Count).Select(w => q.WordPlace(w).Length))}"
        + $"|{string.Join(",", q.Nested)}|{string.Join(",", q.Gaps)}|{q.Continues}";

    [Fact]
    public void A_sentence_split_around_its_attribution_continues_the_quote_before()
    {
        var quotes = Article().Quotes;

        Row(quotes[0]).ShouldBe("tillerson|“We will,”|we will|1,4|2,4|||-1");
        Row(quotes[1]).ShouldBe("tillerson|“not give up on U.S. talks … even [the president] can’t.”|not give up on us talks even can not"
            + "|1,5,10,13,16,21,29,50,50|3,4,2,2,3,5,4,5,5||6,7|0");
    }

    [Fact]
    public void Nested_quotes_are_word_ranges_of_the_quote_that_holds_them()
    {
        var quotes = Article().Quotes;

        Row(quotes[2]).ShouldBe("lavrov|“He told me ‘there’s no trust’ and ‘five’, and I wasn’t surprised.”|he told me there is no trust and 5 and i was not surprised"
            + "|1,4,9,13,13,21,24,31,36,43,47,49,49,56|2,4,2,7,7,2,5,3,4,3,1,6,6,9|3,7,8,9||-1");
        Row(quotes[3]).ShouldBe("putin|‘there’s no trust’|there is no trust|1,1,9,12|7,7,2,5|||-1");
    }

    [Theory]
    [InlineData("We can't, we cannot, we can not; won't don't isn't ain't shan't",
        "we can not we can not we can not will not do not is not is not shall not",
        "0,3,3,10,13,13,21,24,28,33,33,39,39,45,45,51,51,57,57", "2,5,5,2,6,6,2,3,3,5,5,5,5,5,5,5,5,6,6", "")]
    [InlineData("10,000 people, 1,00 and 12,3456 and 5% and 100 % and fifty-five twenty ONE",
        "10000 people 1 00 and 12 3456 and 5 percent and 100 percent and 50 5 20 1",
        "0,7,15,17,20,24,27,32,36,37,39,43,47,49,53,59,64,71", "6,6,1,2,3,2,4,3,1,1,3,3,1,3,5,4,6,3", "")]
    [InlineData("dashes–and—hyphens-and‒figure―bars ... ..trailing.. ...",
        "dashes and hyphens and figure bars trailing", "0,7,11,19,23,30,41", "6,3,7,3,6,4,8", "6")]
    [InlineData("''''  ’’ n't 't s's it's'", " not t s's it is", "9,9,14,16,20,20", "3,3,1,3,4,4", "")]
    [InlineData("\"quoted \"nested\" words\" «guillemets» „low“ ‹single›",
        "quoted nested words guillemets low single", "1,9,17,25,38,44", "6,6,5,10,3,6", "")]
    [InlineData("The [president] said [...] that … we [ will ] go [link](http://x) [unclosed",
        "the said that we go link http x unclosed", "0,16,27,34,46,50,56,63,67", "3,4,4,2,2,4,4,1,8", "1,2,3,4")]
    public void Hard_printings_read_as_pinned(string content, string words, string starts, string lengths, string gaps) =>
        Row(Quote(content)).ShouldBe($"a,bé|{content}|{words}|{starts}|{lengths}||{gaps}|-1");

    [Fact]
    public void Each_word_hash_is_the_hash_of_its_word()
    {
        foreach (var quote in Article().Quotes)
        {
            quote.Words.Select(w => w.Hash).ShouldBe(quote.Text.Split(' ').Select(WordHash.Of));
        }
    }

    [Theory]
    [InlineData("We can't, we cannot; won't 5% ''''  ’’ n't 't s's it's'")]
    [InlineData("The [president] said [...] that … we go")]
    public void Each_word_is_found_in_the_text_after_as_many_spaces(string content)
    {
        var quote = Quote(content);

        Enumerable.Range(0, quote.Words.Count).Select(w => quote.TextOf(w, w + 1)).ShouldBe(quote.Text.Split(' '));
        quote.TextOf(1, 3).ShouldBe(string.Join(" ", quote.Text.Split(' ').Skip(1).Take(2)));
    }

    [Fact]
    public void A_copy_with_other_content_reads_where_its_own_words_were_printed()
    {
        var quote = Quote("We will go.");
        quote.WordPlace(1).ShouldBe((3, 4));

        (quote with { Body = "Now they go." }).WordPlace(1).ShouldBe((4, 4));
        (quote with { Body = "  We will go.", ContentStart = 2 }).WordPlace(1).ShouldBe((3, 4));
    }

    [Fact]
    public void A_word_hash_is_the_same_in_every_process() =>
        WordHash.Of("trust").ShouldBe(10_104_304_769_481_432_405UL);
}
