using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Parsing;

/// <summary>A <c>*.speakers.yaml</c> registry: id → fields; invalid speakers are left out, valid ones kept.</summary>
public class RegistryTests
{
    private static RegistryParseResult Parse(string yaml) => RegistryParser.Parse("s.speakers.yaml", yaml);

    [Fact]
    public void Every_field_is_read()
    {
        var speaker = Parse("""
            cnn:
              name: CNN
              role: broadcaster
              organization: Warner Bros. Discovery
              kind: organization
              aliases:
                - Cable News Network
            """).Speakers.Single();

        speaker.ShouldBe(new SpeakerSpec("cnn", "CNN", "broadcaster", "Warner Bros. Discovery", SpeakerKind.Organization,
            new EquatableArray<string>(new[] { "Cable News Network" }), "s.speakers.yaml", new SourceSpan(0, 3, 0, 0, 0, 3)));
    }

    [Theory]
    [InlineData("person", SpeakerKind.Person)]
    [InlineData("organization", SpeakerKind.Organization)]
    [InlineData("group", SpeakerKind.Group)]
    [InlineData("anonymous", SpeakerKind.Anonymous)]
    [InlineData("Anonymous", SpeakerKind.Anonymous)]
    [InlineData("~", SpeakerKind.Person)]
    public void Kinds_are_read_ignoring_case_and_person_is_the_default(string kind, SpeakerKind expected) =>
        Parse($"x: {{ name: X, kind: {kind} }}").Speakers.Single().Kind.ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("# no speakers yet\n")]
    [InlineData("\uFEFF")]
    public void An_empty_registry_has_no_speakers_and_no_mistakes(string yaml)
    {
        var result = Parse(yaml);

        result.Speakers.ShouldBeEmpty();
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_speaker_without_a_name_is_VQ0003_at_its_id_and_left_out()
    {
        var result = Parse("a: { role: R }\nb: { name: B }");

        result.Speakers.Select(s => s.Id).ShouldBe(new[] { "b" });
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[] { "(1,1)-(1,2) VQ0003: Speaker 'a' has no name; add 'name: …'." });
    }

    [Fact]
    public void An_empty_name_is_VQ0003_at_the_value() =>
        Diagnosed.Lines(Parse("a:\n  name: ''").Diagnostics).ShouldBe(new[] { "(2,9)-(2,11) VQ0003: Speaker 'a' has no name; add 'name: …'." });

    [Fact]
    public void A_speaker_that_is_not_a_mapping_is_VQ0003_at_the_value_and_left_out()
    {
        var result = Parse("a: Alexander\nb: { name: B }");

        result.Speakers.Select(s => s.Id).ShouldBe(new[] { "b" });
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[] { "(1,4)-(1,13) VQ0003: Speaker 'a' must map fields to values, such as 'name: …'." });
    }

    [Fact]
    public void An_unknown_field_is_VQ0003_at_the_field_and_the_speaker_is_kept()
    {
        var result = Parse("a:\n  name: A\n  title: Minister");

        result.Speakers.Single().Name.ShouldBe("A");
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            "(3,3)-(3,8) VQ0003: Unknown speaker field 'title'; use name, role, organization, kind or aliases.",
        });
    }

    [Fact]
    public void A_bad_kind_is_VQ0003_at_the_value() =>
        Diagnosed.Lines(Parse("a: { name: A, kind: robot }").Diagnostics).ShouldBe(new[]
        {
            "(1,21)-(1,26) VQ0003: Unknown speaker kind 'robot'; use person, organization, group or anonymous.",
        });

    [Fact]
    public void Aliases_must_be_names() =>
        Diagnosed.Lines(Parse("a: { name: A, aliases: [[x]] }").Diagnostics).ShouldBe(new[]
        {
            "(1,25)-(1,28) VQ0003: 'aliases' must be a list of names, such as [Rex Tillerson, Mr. Tillerson].",
        });

    [Fact]
    public void An_invalid_speaker_id_is_VQ0003_at_the_id() =>
        Diagnosed.Lines(Parse("'mr tillerson': { name: T }").Diagnostics).ShouldBe(new[]
        {
            "(1,1)-(1,15) VQ0003: 'mr tillerson' is not a valid speaker id; start with a letter or digit and use only letters, digits, '.', '_' and '-'.",
        });

    [Fact]
    public void A_registry_that_is_not_a_mapping_is_VQ0003() =>
        Diagnosed.Lines(Parse("- tillerson\n- putin").Diagnostics).ShouldBe(new[]
        {
            "(1,1)-(2,8) VQ0003: A speaker registry must map speaker ids to their fields, such as 'tillerson: { name: Rex W. Tillerson }'.",
        });

    [Fact]
    public void The_same_id_twice_with_the_same_fields_is_one_speaker()
    {
        var result = Parse("a: { name: A }\nA: { name: A }");

        result.Speakers.Count.ShouldBe(1);
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_id_twice_with_different_fields_is_VQ0004_at_the_second()
    {
        var result = Parse("a: { name: A }\nA: { name: B }");

        result.Speakers.Single().Name.ShouldBe("A");
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            "(2,1)-(2,2) VQ0004: Speaker 'A' is defined twice in this file with different fields; keep one definition.",
        });
    }

    [Fact]
    public void A_second_YAML_document_is_VQ0003_and_the_first_is_kept()
    {
        var result = Parse("a: { name: A }\n---\nb: { name: B }");

        result.Speakers.Select(s => s.Id).ShouldBe(new[] { "a" });
        result.Diagnostics.Single().Message.ShouldBe(
            "A speaker registry holds one YAML document; move what follows this '---' into the first document or into a file of its own.");
        result.Diagnostics.Single().Span.StartLine.ShouldBe(1);
    }

    [Fact]
    public void Positions_are_exact_under_CRLF_and_CR()
    {
        Parse("a: { name: A }\r\nbb: { name: B }").Speakers[1].IdSpan.ShouldBe(new SourceSpan(16, 2, 1, 0, 1, 2));
        Parse("a: { name: A }\rbb: { name: B }").Speakers[1].IdSpan.ShouldBe(new SourceSpan(15, 2, 1, 0, 1, 2));
    }
}
