namespace Verbatim.Cli.Tests.Import;

public sealed class BratImportTests
{
    [Fact]
    public void Brat_from_another_tool_without_corpus_json_becomes_articles_and_a_registry()
    {
        using var work = new TempFolder()
            .Write("brat/talk.txt", "He said “hello there” and “bye”.")
            .Write("brat/talk.ann", "T1\tQuote 8 21\t“hello there”\nT2\tPerson 0 2\tHe\nA1\tNegated T2\nN1\tReference T1 Wikidata:Q42\tDouglas Adams\nT3\tQuote 26 31\t“bye”\nA2\tKind T3 Indirect\nN2\tReference T3 Wikidata:Q42\tDouglas Adams\n#1\tAnnotatorNotes T1\tchecked\n");

        var result = Cli.Run("import", "brat", work["brat"], "--output", work["corpus"]);

        result.ExitCode.ShouldBe(0, result.ToString());
        work.Read("corpus/articles/talk.article.md").ShouldBe("---\nid: talk\ntitle: \"talk\"\n---\nHe said {@Q42 “hello there”} and {@Q42:indirect “bye”}.");
        work.Read("corpus/corpus.speakers.yaml").ShouldBe("Q42:\n  name: \"Douglas Adams\"\n  kind: person\n");
        Cli.Run("check", work["corpus"]).ExitCode.ShouldBe(0);
    }

    [Theory]
    [InlineData("T1\tQuote 8\t“hello”", 1, "a text-bound annotation needs a type, offsets and the text")]
    [InlineData("T1\tQuote 8 999\t“hello”", 1, "offsets must be 'start end' pairs within the text's 21 characters")]
    [InlineData("T1\tQuote 8 15\t“hello”\nX1\twhat", 2, "'X1' is not a brat annotation id")]
    [InlineData("T1\tQuote 8 15\t“hello”\nN1\tReference T9 Verbatim:a\tA", 2, "refers to T9, which no line of the file defines")]
    [InlineData("T1\tQuote 8 15\t“hello”", 1, "the quote T1 has no speaker")]
    [InlineData("T1\tQuote 8 15\t“hello”\nN1\tReference T1 Verbatim:a\tA\nA1\tKind T1 Sideways", 3, "Kind is Direct or Indirect")]
    [InlineData("just text", 1, "not a brat annotation line")]
    public void An_invalid_ann_line_is_named_by_file_and_line(string ann, int line, string why)
    {
        using var work = new TempFolder().Write("brat/talk.txt", "He said “hello” once.").Write("brat/talk.ann", ann + "\n");

        var result = Cli.Run("import", "brat", work["brat"], "--output", work["corpus"]);

        result.ExitCode.ShouldBe(3, result.ToString());
        result.Error.ShouldStartWith($"verbatim: {work["brat/talk.ann"]}({line}): {why}", Case.Sensitive, result.ToString());
        result.Error.ShouldNotContain("   at ", Case.Sensitive, result.ToString());
        Directory.Exists(work["corpus"]).ShouldBeFalse();
    }

    [Fact]
    public void Quotes_that_cross_without_nesting_are_refused()
    {
        using var work = new TempFolder().Write("brat/talk.txt", "abcdefghij")
            .Write("brat/talk.ann", "T1\tQuote 0 5\tabcde\nN1\tReference T1 V:a\tA\nT2\tQuote 3 8\tdefgh\nN2\tReference T2 V:a\tA\n");

        var result = Cli.Run("import", "brat", work["brat"], "--output", work["corpus"]);

        result.ExitCode.ShouldBe(3, result.ToString());
        result.Error.ShouldContain("(3): T2 overlaps T1 without lying inside it", Case.Sensitive, result.ToString());
    }

    [Fact]
    public void An_invalid_corpus_json_is_named_with_its_line()
    {
        using var work = new TempFolder().Write("brat/talk.txt", "x").Write("brat/talk.ann", "")
            .Write("brat/corpus.json", "{\n  \"articles\": [\n    { \"id\": 3 }\n  ]\n}\n");

        var result = Cli.Run("import", "brat", work["brat"], "--output", work["corpus"]);

        result.ExitCode.ShouldBe(3, result.ToString());
        result.Error.ShouldStartWith($"verbatim: {work["brat/corpus.json"]}(3): invalid JSON: ", Case.Sensitive, result.ToString());
    }
}
