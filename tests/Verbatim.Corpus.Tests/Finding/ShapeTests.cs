namespace Verbatim.Corpus.Tests.Finding;

/// <summary>What reads as a statement, and what does not: scare quotes, titles, stray marks.</summary>
public class ShapeTests
{
    [Theory]
    [InlineData("Mr. Lavrov denounced what he described as the “media hysteria” surrounding the assault.")]
    [InlineData("He called it “fake news” again.")]
    [InlineData("Ilf and Petrov, authors of the 1928 satire “The 12 Chairs,” wrote it.")]
    [InlineData("The film “Gone With The Wind” was shown.")]
    public void Scare_quotes_and_titles_are_not_statements(string text)
    {
        Finder.Find(text).ShouldAllBe(q => !q.IsStatement);
    }

    [Fact]
    public void A_word_or_two_right_beside_a_cue_is_a_statement()
    {
        Finder.Single("“Useless,” Ms. Zakharova said.").Speaker!.Id.ShouldBe("zakharova");
    }

    [Fact]
    public void A_statement_with_no_cue_in_reach_has_no_likely_speaker()
    {
        var found = Finder.Single("The sign on the wall read “no entry for anyone today” in red.");

        found.Speaker.ShouldBeNull();
        found.Cue.ShouldBeNull();
    }

    [Theory]
    [InlineData("It’s Russia’s turn, isn’t it? The countries’ leaders met.")]
    [InlineData("“ an opening mark that never closes, in a paragraph of its own\n\nand more text.")]
    [InlineData("a closing mark ” with no opening one and a \" lonely straight one")]
    [InlineData("“”")]
    public void Apostrophes_and_unbalanced_marks_are_not_quotations(string text)
    {
        Finder.Find(text).ShouldBeEmpty();
    }

    [Fact]
    public void Alternatives_are_the_other_speakers_the_context_names()
    {
        var found = Finder.Single("Mr. Putin met Mr. Lavrov and Mr. Tillerson. “We will see what comes of it,” Mr. Lavrov said.");

        found.Speaker!.Id.ShouldBe("lavrov");
        found.Alternatives.Select(s => s.Id).ShouldBe(new[] { "tillerson", "putin" });
    }
}
