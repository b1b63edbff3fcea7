using Verbatim.Corpus.Parsing;

namespace Verbatim.Cli.Tests.Annotate;

/// <summary><c>verbatim annotate</c>: a raw article in, a draft that parses and checks out.</summary>
public sealed class AnnotateTests
{
    private const string Raw = """
        Tillerson and Lavrov Meet

        “There is a low level of trust between our countries,” Mr. Tillerson said.

        Mr. Lavrov said: “We are simply insisting that everybody sits around the table.”

        """;

    public static TheoryData<string> SampleArticles { get; } = new(
        Directory.EnumerateFiles(Path.Combine(RepositoryFiles.SampleCorpus, "articles"), "*" + ArticleParser.FileSuffix).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(SampleArticles))]
    public void A_sample_article_stripped_of_its_annotations_comes_back_as_a_draft_that_checks_with_no_error(string file)
    {
        var original = ArticleParser.Parse(file, File.ReadAllText(Path.Combine(RepositoryFiles.SampleCorpus, "articles", file))).Article;
        string name = file[..^ArticleParser.FileSuffix.Length];
        using var work = new TempFolder()
            .Write($"raw/{name}.txt", original.Title + "\n\n" + original.Body)
            .Write("raw/corpus.speakers.yaml", File.ReadAllText(Path.Combine(RepositoryFiles.SampleCorpus, "corpus.speakers.yaml")));

        var result = Cli.Run("annotate", work[$"raw/{name}.txt"], "--speakers", Path.Combine(RepositoryFiles.SampleCorpus, "corpus.speakers.yaml"));

        result.ExitCode.ShouldBe(0, result.ToString());
        string draft = work.Read($"raw/{name}.article.md");
        var parsed = ArticleParser.Parse(name + ArticleParser.FileSuffix, draft);
        parsed.Diagnostics.ShouldBeEmpty(draft);
        parsed.Article.Title.ShouldBe(original.Title);
        parsed.Article.Body.ShouldBe(original.Body, "the draft's text is the raw article's, annotations aside");
        int directQuotes = original.Quotes.Count(q => q.Kind == Verbatim.Corpus.Model.QuoteKind.Direct && q.Parent < 0);
        parsed.Article.Quotes.Count.ShouldBeGreaterThanOrEqualTo(directQuotes * 3 / 4, draft);
        result.Out.ShouldBe($"{parsed.Article.Quotes.Count} quotations annotated in {work[$"raw/{name}.article.md"]}; run 'verbatim check' on its folder for the quotations left unattributed (VQ0010).\n");

        var check = Cli.Run("check", work["raw"]);
        check.ExitCode.ShouldBe(0, check.ToString());
        check.Out.ShouldContain(" 0 errors, ", Case.Sensitive, check.ToString());
    }

    [Fact]
    public void Each_quotation_is_annotated_for_the_speaker_its_cue_names_from_every_registry_given()
    {
        using var work = new TempFolder()
            .Write("meeting.txt", Raw)
            .Write("us.speakers.yaml", "tillerson:\n  name: Rex W. Tillerson\n  aliases: [Mr. Tillerson]\n")
            .Write("ru.speakers.yaml", "lavrov:\n  name: Sergey V. Lavrov\n  aliases: [Mr. Lavrov]\n");

        var result = Cli.Run("annotate", work["meeting.txt"], "--speakers", work["us.speakers.yaml"], "--speakers", work["ru.speakers.yaml"], "-o", "-");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldBe("""
            ---
            title: "Tillerson and Lavrov Meet"
            ---
            {@tillerson “There is a low level of trust between our countries,”} Mr. Tillerson said.

            Mr. Lavrov said: {@lavrov “We are simply insisting that everybody sits around the table.”}

            """);
        File.Exists(work["meeting.article.md"]).ShouldBeFalse("-o - writes to standard output only");
    }

    [Fact]
    public void An_existing_draft_is_kept_unless_forced_and_output_goes_where_asked()
    {
        using var work = new TempFolder().Write("meeting.txt", Raw).Write("meeting.article.md", "mine");

        var refused = Cli.Run("annotate", work["meeting.txt"]);
        var elsewhere = Cli.Run("annotate", work["meeting.txt"], "--output", work["drafts/first.article.md"]);
        var forced = Cli.Run("annotate", work["meeting.txt"], "--force");

        refused.ExitCode.ShouldBe(4, refused.ToString());
        refused.Error.ShouldBe($"verbatim: '{work["meeting.article.md"]}' already exists; remove it or pass --force to overwrite.\n");
        elsewhere.ExitCode.ShouldBe(0, elsewhere.ToString());
        work.Read("drafts/first.article.md").ShouldStartWith("---\ntitle: \"Tillerson and Lavrov Meet\"\n");
        forced.ExitCode.ShouldBe(0, forced.ToString());
        work.Read("meeting.article.md").ShouldBe(work.Read("drafts/first.article.md"));
    }

    [Fact]
    public void A_missing_article_or_registry_is_named()
    {
        using var work = new TempFolder().Write("meeting.txt", Raw);

        var article = Cli.Run("annotate", work["gone.txt"]);
        var registry = Cli.Run("annotate", work["meeting.txt"], "--speakers", work["gone.speakers.yaml"]);

        article.ExitCode.ShouldBe(3, article.ToString());
        article.Error.ShouldBe($"verbatim: The article '{work["gone.txt"]}' does not exist.\n");
        registry.ExitCode.ShouldBe(3, registry.ToString());
        registry.Error.ShouldBe($"verbatim: The speaker registry '{work["gone.speakers.yaml"]}' does not exist.\n");
        File.Exists(work["meeting.article.md"]).ShouldBeFalse();
    }

    [Fact]
    public void A_registry_with_a_mistake_is_reported_at_its_line_and_nothing_is_written()
    {
        using var work = new TempFolder().Write("meeting.txt", Raw).Write("people.speakers.yaml", "tillerson:\n  name: [Rex\n");

        var result = Cli.Run("annotate", work["meeting.txt"], "--speakers", work["people.speakers.yaml"]);

        result.ExitCode.ShouldBe(3, result.ToString());
        result.Error.ShouldMatch("^verbatim: " + System.Text.RegularExpressions.Regex.Escape(work["people.speakers.yaml"]) + @"\(3,1\): VQ0003: The YAML is invalid .+\n$");
        File.Exists(work["meeting.article.md"]).ShouldBeFalse();
    }
}
