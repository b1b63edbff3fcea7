namespace Verbatim.Corpus.Tests.Finding;

/// <summary>A cue that names someone no registry defines proposes that person as a new speaker.</summary>
public class NewSpeakerTests
{
    [Fact]
    public void Said_and_a_name_with_an_aside_gives_the_name_and_the_role()
    {
        var found = Finder.Single("“The ministry will answer in due course,” said Jane Doe, a spokeswoman for the ministry.");

        found.Speaker.ShouldBe(new Verbatim.Corpus.Finding.ProposedSpeaker("jane-doe", "Jane Doe", "spokeswoman for the ministry", IsDefined: false));
        found.Cue.ShouldBe("said Jane Doe");
    }

    [Fact]
    public void A_name_and_aside_before_the_verb_gives_the_same()
    {
        var found = Finder.Single("Jane Doe, a spokeswoman for the ministry, said: “We will answer in due course.”");

        found.Speaker.ShouldBe(new Verbatim.Corpus.Finding.ProposedSpeaker("jane-doe", "Jane Doe", "spokeswoman for the ministry", IsDefined: false));
    }

    [Fact]
    public void The_same_person_later_by_surname_is_the_same_new_speaker()
    {
        Finder.Statements("“We will answer in due course,” said Jane Doe, a spokeswoman. “It takes some time,” Ms. Doe added.")
            .ShouldBe(new[] { "jane-doe: We will answer in due course,", "jane-doe: It takes some time," });
    }

    [Fact]
    public void A_new_speakers_id_never_takes_a_defined_one()
    {
        // "kremlin" is the id of a defined organization.
        var found = Finder.Find("“We will answer in due course,” said Ms. Kremlin. “It takes time,” said Mr. Kremlin.");

        found.Select(q => q.Speaker!.Id).ShouldBe(new[] { "kremlin-2", "kremlin-2" });
        found[0].Speaker!.IsDefined.ShouldBeFalse();
    }
}
