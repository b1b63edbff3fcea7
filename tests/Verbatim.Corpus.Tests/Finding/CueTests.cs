namespace Verbatim.Corpus.Tests.Finding;

/// <summary>One test per attribution cue: a snippet in, the proposed speaker (and the cue's words) out.</summary>
public class CueTests
{
    [Theory]
    [InlineData("“We will not accept this at all,” Mr. Lavrov said.", "lavrov", "Mr. Lavrov said")]
    [InlineData("“We will not accept this at all,” said Mr. Lavrov.", "lavrov", "said Mr. Lavrov")]
    [InlineData("“There is a low level of trust,” Mr. Tillerson told reporters.", "tillerson", "Mr. Tillerson told")]
    [InlineData("“The talks were constructive and long,” according to Mr. Peskov.", "peskov", "according to Mr. Peskov")]
    [InlineData("“We have seen this all before,” Mr. Putin added.", "putin", "Mr. Putin added")]
    [InlineData("“Why would we do such a thing?” Mr. Putin asked.", "putin", "Mr. Putin asked")]
    [InlineData("“Nobody understands what they want,” Ms. Zakharova wrote on Facebook.", "zakharova", "Ms. Zakharova wrote")]
    [InlineData("“This will have consequences for everyone,” Mr. Lavrov warned.", "lavrov", "Mr. Lavrov warned")]
    [InlineData("“Our position has not changed one bit,” Mr. Lavrov insisted.", "lavrov", "Mr. Lavrov insisted")]
    [InlineData("“The meeting went on for two hours,” Mr. Putin later said.", "putin", "Mr. Putin later said")]
    public void A_cue_after_the_quotation_names_the_speaker(string text, string speaker, string cue)
    {
        var found = Finder.Single(text);

        found.Speaker!.Id.ShouldBe(speaker);
        found.Cue.ShouldBe(cue);
    }

    [Theory]
    [InlineData("Mr. Lavrov said, “The facts have yet to be determined.”", "lavrov", "Mr. Lavrov said")]
    [InlineData("Mr. Tillerson told a news conference: “There is a low level of trust.”", "tillerson", "Mr. Tillerson told")]
    [InlineData("According to Mr. Peskov, “the talks were long and frank.”", "peskov", "According to Mr. Peskov")]
    [InlineData("Mr. Lavrov said the strike was “an unlawful attack against Syria.”", "lavrov", "Mr. Lavrov said")]
    [InlineData("Mr. Putin had one answer: “We have seen this all before.”", "putin", "Mr. Putin")]
    public void A_cue_before_the_quotation_names_the_speaker(string text, string speaker, string cue)
    {
        var found = Finder.Single(text);

        found.Speaker!.Id.ShouldBe(speaker);
        found.Cue.ShouldBe(cue);
    }

    [Fact]
    public void Surnames_with_titles_and_names_in_full_are_the_speakers_they_name()
    {
        Finder.Single("“We will see what happens next,” Secretary Tillerson said.").Speaker!.Id.ShouldBe("tillerson");
        Finder.Single("“We will see what happens next,” Rex W. Tillerson said.").Speaker!.Id.ShouldBe("tillerson");
        Finder.Single("“We will see what happens next,” Tillerson said.").Speaker!.Id.ShouldBe("tillerson");
    }

    [Fact]
    public void A_role_that_matches_a_speakers_role_names_them()
    {
        var found = Finder.Single("“The talks were long and very frank,” the Kremlin spokesman said.");

        found.Speaker!.Id.ShouldBe("peskov");
        found.Cue.ShouldBe("the Kremlin spokesman said");
    }

    [Fact]
    public void A_title_shared_by_several_roles_still_precedes_a_surname()
    {
        // "President" begins the roles of two speakers, "foreign minister" the role of one.
        Finder.Single("“We have seen this all before,” President Putin said.").Speaker!.Id.ShouldBe("putin");
        Finder.Single("“We are not convinced at all,” the foreign minister said.").Speaker!.Id.ShouldBe("lavrov");
    }

    [Fact]
    public void A_speaker_named_only_in_the_sentence_before_is_the_speaker()
    {
        var found = Finder.Single("Mr. Lavrov was in no mood for compromise. “We have heard all of this before.”");

        found.Speaker!.Id.ShouldBe("lavrov");
    }

    [Fact]
    public void A_pronoun_goes_to_the_nearest_speaker_that_fits()
    {
        // The subject of the sentence before, not merely the last name in it.
        Finder.Statements("Mr. Putin met Mr. Tillerson on Wednesday. “This reminds me of the events of 2003,” he said.")
            .ShouldBe(new[] { "putin: This reminds me of the events of 2003," });
        // "she" skips a man; "it" skips people.
        Finder.Statements("Mr. Lavrov spoke after Ms. Zakharova. “Nobody understands what they will do,” she said.")
            .ShouldBe(new[] { "zakharova: Nobody understands what they will do," });
        Finder.Statements("The Kremlin answered within the hour. “The talks will go on as planned,” it said.")
            .ShouldBe(new[] { "kremlin: The talks will go on as planned," });
    }

    [Fact]
    public void Both_parts_of_a_quotation_split_around_its_attribution_are_the_same_speakers()
    {
        Finder.Statements("“There is a low level of trust,” Mr. Tillerson said. “We cannot go on like this.”")
            .ShouldBe(new[] { "tillerson: There is a low level of trust,", "tillerson: We cannot go on like this." });
        Finder.Statements("“There is a low level of trust,” Mr. Tillerson said, “and we cannot go on like this.”")
            .ShouldBe(new[] { "tillerson: There is a low level of trust,", "tillerson: and we cannot go on like this." });
    }

    [Fact]
    public void A_quote_inside_a_quote_is_found_inside_it()
    {
        var found = Finder.Find("Mr. Putin said, “ ‘It’s boring, ladies.’ We have seen this all before.”");

        found.Select(q => (q.Text, q.Parent, q.Speaker?.Id)).ShouldBe(new[]
        {
            ("‘It’s boring, ladies.’ We have seen this all before.", -1, "putin"),
            ("It’s boring, ladies.", 0, (string?)null),
        });
    }

    [Fact]
    public void A_paragraph_of_several_quotations_gives_each_its_own_speaker()
    {
        string text = "“We are not convinced at all,” Mr. Lavrov said. “The facts are conclusive,” Mr. Tillerson replied. " +
            "“We will see about that,” Mr. Lavrov said.";

        Finder.Statements(text).ShouldBe(new[]
        {
            "lavrov: We are not convinced at all,",
            "tillerson: The facts are conclusive,",
            "lavrov: We will see about that,",
        });
    }

    [Fact]
    public void After_told_or_asked_the_name_is_the_listener_not_the_speaker()
    {
        Finder.Single("Mr. Putin, telling Mr. Tillerson: “You are welcome here in Moscow.”").Speaker!.Id.ShouldBe("putin");
    }

    [Fact]
    public void Quotations_in_several_paragraphs_open_each_paragraph_and_close_once()
    {
        string text = "Mr. Putin said: “The first paragraph of the answer goes here.\n\n“And the second one ends the answer.”";

        Finder.Statements(text).ShouldBe(new[]
        {
            "putin: The first paragraph of the answer goes here.",
            "putin: And the second one ends the answer.",
        });
    }

    [Fact]
    public void A_transcript_turn_is_the_named_speakers()
    {
        string text = "TRANSCRIPT\n\nVladimir Putin: Mr Tillerson, I am very happy to see you.\n\nWelcome.\n\nRex Tillerson: Thank you, Mr President.";

        Finder.Statements(text).ShouldBe(new[]
        {
            "putin: Mr Tillerson, I am very happy to see you.\n\nWelcome.",
            "tillerson: Thank you, Mr President.",
        });
    }

    [Fact]
    public void Straight_quotation_marks_are_read_like_curly_ones()
    {
        Finder.Statements("\"The world's two foremost nuclear powers can not have this kind of relationship\", Tillerson said.")
            .ShouldBe(new[] { "tillerson: The world's two foremost nuclear powers can not have this kind of relationship" });
        Finder.Statements("Mr. Lavrov said: «We will not accept any ultimatums.»")
            .ShouldBe(new[] { "lavrov: We will not accept any ultimatums." });
    }
}
