using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;

namespace Verbatim.Corpus.Tests.Resolution;

public class SpeakerDirectoryTests
{
    private static EquatableArray<SpeakerSpec> Registry(string path, string yaml) => RegistryParser.Parse(path, yaml).Speakers;

    [Fact]
    public void Speakers_from_all_files_are_merged_and_ordered_by_id()
    {
        var directory = SpeakerDirectory.Merge(
            Registry("b.speakers.yaml", "putin: { name: Vladimir V. Putin }").Concat(Registry("a.speakers.yaml", "lavrov: { name: Sergey V. Lavrov }")));

        directory.Speakers.Select(s => s.Id).ShouldBe(new[] { "lavrov", "putin" });
        directory.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_definition_twice_is_one_speaker()
    {
        var directory = SpeakerDirectory.Merge(
            Registry("a.speakers.yaml", "putin: { name: Vladimir V. Putin }").Concat(Registry("b.speakers.yaml", "Putin: { name: Vladimir V. Putin }")));

        directory.Speakers.Count.ShouldBe(1);
        directory.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void A_conflicting_definition_loses_to_the_first_by_path_and_is_VQ0004_at_its_id()
    {
        var directory = SpeakerDirectory.Merge(
            Registry("b.speakers.yaml", "x: 1\nputin: { name: Putin }").Concat(Registry("a.speakers.yaml", "putin: { name: Vladimir V. Putin }")));

        directory.Speakers.Single().Name.ShouldBe("Vladimir V. Putin");
        var conflict = directory.Conflicts.Single();
        conflict.Id.ShouldBe(DiagnosticIds.DuplicateId);
        conflict.Path.ShouldBe("b.speakers.yaml");
        conflict.Span.ShouldBe(new SourceSpan(5, 5, 1, 0, 1, 5));
        conflict.Message.ShouldBe("Speaker 'putin' is already defined differently in 'a.speakers.yaml'; make the definitions identical or use another id.");
    }

    [Theory]
    [InlineData("Tillerson", 1)]
    [InlineData("TILLERSON", 1)]
    [InlineData("putin", 0)]
    [InlineData("peskov", -1)]
    public void IndexOf_ignores_case(string id, int index) =>
        SpeakerDirectory.Merge(Registry("s.speakers.yaml", "tillerson: { name: T }\nputin: { name: P }")).IndexOf(id).ShouldBe(index);

    [Theory]
    [InlineData("tilerson", new[] { "tillerson" })]
    [InlineData("tillersen", new[] { "tillerson" })]
    [InlineData("rex-tillerson", new[] { "tillerson" })]
    [InlineData("Mr_Tillerson", new[] { "tillerson" })]
    [InlineData("putn", new[] { "putin" })]
    [InlineData("pitun", new string[0])]
    [InlineData("merkel", new string[0])]
    public void Suggestions_are_near_ids_and_ids_whose_alias_reads_as_the_unknown_one(string unknown, string[] expected)
    {
        var directory = SpeakerDirectory.Merge(Registry("s.speakers.yaml", """
            tillerson: { name: Rex W. Tillerson, aliases: [Rex Tillerson, Mr. Tillerson] }
            putin: { name: Vladimir V. Putin }
            """));

        directory.SuggestionsFor(unknown).ShouldBe(expected);
    }

    [Fact]
    public void Suggestions_put_the_nearest_first()
    {
        var directory = SpeakerDirectory.Merge(Registry("s.speakers.yaml", "lavrova: { name: A }\nlavrov: { name: B }\nlavrovs: { name: C }"));

        directory.SuggestionsFor("lavrox").ShouldBe(new[] { "lavrov", "lavrova", "lavrovs" });
    }

    [Fact]
    public void Directories_with_equal_speakers_are_equal() =>
        SpeakerDirectory.Merge(Registry("s.speakers.yaml", "a: { name: A }"))
            .ShouldBe(SpeakerDirectory.Merge(Registry("s.speakers.yaml", "a: { name: A }")));
}
