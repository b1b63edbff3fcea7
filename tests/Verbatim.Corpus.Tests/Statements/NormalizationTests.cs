using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>What two printings of the same words have in common once normalized.</summary>
public class NormalizationTests
{
    private static string Words(string text) => string.Join(" ", StatementWords.Of(text).Select(w => w.Text));

    [Theory]
    [InlineData("“There is a low level of trust,”", "\"there is a low level of trust\"")]
    [InlineData("There’s a LOW level — of trust.", "There is a low level of trust")]
    [InlineData("We can't, we cannot, we can not", "we can not we can not we can not")]
    [InlineData("It’s boring; they’re here, we’ve seen, I’ll go, I’m sure, he’d say", "it is boring they are here we have seen i will go i am sure he would say")]
    [InlineData("won't don't isn't", "will not do not is not")]
    [InlineData("a low-level meeting", "a low level meeting")]
    [InlineData("‘Putin’s’ people", "putin's people")]
    [InlineData("U.S.-Russian relations and the U.N.", "US Russian relations and the UN")]
    public void Printings_of_the_same_words_normalize_alike(string printed, string same) =>
        Words(printed).ShouldBe(Words(same));

    [Fact]
    public void A_possessive_stays_one_word() =>
        Words("Russia’s role").ShouldBe("russia's role");

    [Fact]
    public void Each_word_keeps_where_it_was_printed()
    {
        var words = StatementWords.Of("“There’s trust.”");

        words.Select(w => (w.Text, w.Start, w.Length)).ShouldBe(new[] { ("there", 1, 7), ("is", 1, 7), ("trust", 9, 5) });
    }
}
