using System.Text.Json;
using System.Xml.Linq;

namespace Verbatim.Cli.Tests.Export;

public sealed class ExportTests
{
    // A quote across two lines, one with an emoji before it (two UTF-16 units, one code point),
    // one by two speakers holding a nested quote, literal braces and a backslash.
    private const string Tricky = """
        ---
        id: tricky
        title: "Tricky: a test"
        outlet: The Daily
        published: 2017-04-12
        speakers:
          peskov: { name: Dmitri S. Peskov, role: Kremlin spokesman, kind: person }
          ilf-petrov: { name: Ilya Ilf and Yevgeni Petrov, kind: group }
        ---
        🙂 {@tillerson#low-trust “There is a low level
        of trust,”} he said \{sic\} and a\\b.

        {@lavrov,peskov#boring “{@ilf-petrov ‘It’s boring, ladies.’} We have seen this.”}
        """;

    [Fact]
    public void Json_lines_has_one_quote_a_line_with_speakers_kind_and_code_point_offsets()
    {
        using var corpus = new TempFolder().WithRegistry().Write("articles/tricky.article.md", Tricky);

        var result = Cli.Run("export", corpus.Path, "--format", "jsonl", "--output", corpus["out"]);

        result.ExitCode.ShouldBe(0, result.ToString());
        var lines = corpus.Read("out/quotes.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        using var first = JsonDocument.Parse(lines[0]);
        var quote = first.RootElement;
        quote.GetProperty("article").GetString().ShouldBe("tricky");
        quote.GetProperty("outlet").GetString().ShouldBe("The Daily");
        quote.GetProperty("date").GetString().ShouldBe("2017-04-12");
        quote.GetProperty("quote_id").GetString().ShouldBe("low-trust");
        quote.GetProperty("speaker_ids").EnumerateArray().Select(s => s.GetString()).ShouldBe(new[] { "tillerson" });
        quote.GetProperty("speaker_names").EnumerateArray().Select(s => s.GetString()).ShouldBe(new[] { "Rex W. Tillerson" });
        quote.GetProperty("kind").GetString().ShouldBe("direct");
        quote.GetProperty("text").GetString().ShouldBe("There is a low level\nof trust,");
        quote.GetProperty("line").GetInt32().ShouldBe(10);
        // "🙂 " is two code points, so the quote starts at 2 (at 3 in UTF-16).
        quote.GetProperty("start").GetInt32().ShouldBe(2);
        quote.GetProperty("end").GetInt32().ShouldBe(2 + "“There is a low level\nof trust,”".Length);

        using var nested = JsonDocument.Parse(lines[2]);
        nested.RootElement.GetProperty("parent").GetInt32().ShouldBe(1);
        nested.RootElement.GetProperty("speaker_names")[0].GetString().ShouldBe("Ilya Ilf and Yevgeni Petrov");
        using var two = JsonDocument.Parse(lines[1]);
        two.RootElement.GetProperty("speaker_ids").EnumerateArray().Select(s => s.GetString()).ShouldBe(new[] { "lavrov", "peskov" });
    }

    [Fact]
    public void Brat_offsets_count_code_points_and_a_span_across_lines_has_a_fragment_per_line()
    {
        using var corpus = new TempFolder().WithRegistry().Write("articles/tricky.article.md", Tricky);

        var result = Cli.Run("export", corpus.Path, "--format", "brat", "--output", corpus["out"]);

        result.ExitCode.ShouldBe(0, result.ToString());
        string text = corpus.Read("out/tricky.txt");
        text.ShouldBe("🙂 “There is a low level\nof trust,” he said {sic} and a\\b.\n\n“‘It’s boring, ladies.’ We have seen this.”");
        var ann = corpus.Read("out/tricky.ann").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        ann[0].ShouldBe("T1\tQuote 2 23;24 34\t“There is a low level of trust,”");
        ann[1].ShouldBe("A1\tKind T1 Direct");
        ann[2].ShouldBe("A2\tQuoteId T1 low-trust");
        ann[3].ShouldBe("N1\tReference T1 Verbatim:tillerson\tRex W. Tillerson");
        ann.ShouldContain("N3\tReference T2 Verbatim:peskov\tDmitri S. Peskov");
        File.Exists(corpus["out/annotation.conf"]).ShouldBeTrue();
        using var metadata = JsonDocument.Parse(corpus.Read("out/corpus.json"));
        metadata.RootElement.GetProperty("articles")[0].GetProperty("title").GetString().ShouldBe("Tricky: a test");
    }

    [Fact]
    public void Tei_is_well_formed_with_said_nested_as_annotated_and_speakers_in_list_person()
    {
        using var corpus = new TempFolder().WithRegistry().Write("articles/tricky.article.md", Tricky);

        var result = Cli.Run("export", corpus.Path, "--format", "tei", "--output", corpus["out"]);

        result.ExitCode.ShouldBe(0, result.ToString());
        XNamespace tei = "http://www.tei-c.org/ns/1.0";
        XNamespace xml = XNamespace.Xml;
        var document = XDocument.Load(corpus["out/tricky.xml"]);
        document.Root!.Name.ShouldBe(tei + "TEI");
        document.Root.Element(tei + "teiHeader")!.Descendants(tei + "title").First().Value.ShouldBe("Tricky: a test");

        var people = document.Descendants(tei + "listPerson").Single().Elements().ToList();
        people.Select(p => (string?)p.Attribute(xml + "id")).ShouldBe(new[] { "tillerson", "lavrov", "peskov", "ilf-petrov" });
        var tillerson = people[0];
        tillerson.Element(tei + "persName")!.Value.ShouldBe("Rex W. Tillerson");
        tillerson.Element(tei + "roleName")!.Value.ShouldBe("U.S. Secretary of State");
        tillerson.Element(tei + "orgName")!.Value.ShouldBe("U.S. Department of State");
        people[3].Name.ShouldBe(tei + "personGrp");

        var said = document.Descendants(tei + "said").ToList();
        said.Select(s => (string?)s.Attribute("who")).ShouldBe(new[] { "#tillerson", "#lavrov #peskov", "#ilf-petrov" });
        said.Select(s => (string?)s.Attribute("direct")).ShouldBe(new[] { "true", "true", "true" });
        said[2].Parent.ShouldBe(said[1]);
        said[0].Value.ShouldBe("“There is a low level\nof trust,”");
        // The paragraphs hold the body's very text: no indentation slips into mixed content.
        var paragraphs = document.Descendants(tei + "body").Single().Elements(tei + "p").Select(p => p.Value).ToList();
        paragraphs.ShouldBe(new[] { "🙂 “There is a low level\nof trust,” he said {sic} and a\\b.", "“‘It’s boring, ladies.’ We have seen this.”" });
    }

    [Fact]
    public void An_indirect_quote_is_said_with_direct_false()
    {
        using var corpus = new TempFolder().WithRegistry().Write("articles/meeting.article.md", Corpora.Clean);

        Cli.Run("export", corpus.Path, "--format", "tei", "--output", corpus["out"]).ExitCode.ShouldBe(0);

        XNamespace tei = "http://www.tei-c.org/ns/1.0";
        var said = XDocument.Load(corpus["out/meeting.xml"]).Descendants(tei + "said").ToList();
        said.Select(s => ((string?)s.Attribute("who"), (string?)s.Attribute("direct"), (string?)s.Attribute("n")))
            .ShouldBe(new (string?, string?, string?)[] { ("#tillerson", "true", "low-trust"), ("#lavrov", "false", null) });
    }
}
