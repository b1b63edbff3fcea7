using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Parsing;

/// <summary>The front matter of an <c>*.article.md</c>: its keys, their checks, and each mistake's diagnostic.</summary>
public class FrontMatterTests
{
    private static ArticleParseResult Parse(string text, string path = "news/nyt-tillerson.article.md") => ArticleParser.Parse(path, text);

    [Fact]
    public void Without_an_id_the_file_name_is_the_id_and_the_id_span_is_empty_at_the_start()
    {
        var result = Parse("---\ntitle: T\n---\nBody", "corpus\\2017\\nyt-tillerson.article.md");

        result.Diagnostics.ShouldBeEmpty();
        result.Article.Id.ShouldBe("nyt-tillerson");
        result.Article.IdSpan.ShouldBe(new SourceSpan(0, 0, 0, 0, 0, 0));
        result.Article.Body.ShouldBe("Body");
    }

    [Fact]
    public void The_id_span_is_the_id_value()
    {
        var result = Parse("---\ntitle: T\nid: my-id\n---\n");

        result.Article.Id.ShouldBe("my-id");
        result.Article.IdSpan.ShouldBe(new SourceSpan(17, 5, 2, 4, 2, 9));
    }

    [Fact]
    public void Optional_keys_may_be_left_out_or_empty()
    {
        var article = Parse("---\ntitle: T\noutlet:\npublished: ~\nurl: null\nauthors:\nspeakers:\n---\n").Article;

        article.ShouldNotBeNull().Positions.ShouldNotBeNull();
        (article with { Positions = null }).ShouldBe(new ArticleSpec("nyt-tillerson", new SourceSpan(0, 0, 0, 0, 0, 0), "T", null, null, null,
            EquatableArray<string>.Empty, "", EquatableArray<QuoteSpec>.Empty, EquatableArray<SpeakerSpec>.Empty, "news/nyt-tillerson.article.md"));
    }

    [Fact]
    public void One_author_may_be_written_without_a_list() =>
        Parse("---\ntitle: T\nauthors: A. Reporter\n---\n").Article.Authors.ShouldBe(new[] { "A. Reporter" });

    [Fact]
    public void The_body_starts_after_the_closing_line_and_its_line_break_and_its_line_ends_are_LF() =>
        Parse("---\r\ntitle: T\r\n---\r\n\r\nFirst paragraph.\rSecond.").Article.Body.ShouldBe("\nFirst paragraph.\nSecond.");

    [Fact]
    public void A_closing_line_at_the_end_of_the_file_leaves_an_empty_body() =>
        Parse("---\ntitle: T\n---").Article.Body.ShouldBe("");

    [Fact]
    public void Without_front_matter_the_whole_file_is_the_body_and_a_title_is_missing()
    {
        var result = Parse("Just {@a prose}.");

        result.Article.Body.ShouldBe("Just prose.");
        result.Article.Title.ShouldBe("nyt-tillerson");
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            "(1,1)-(1,1) VQ0003: The article has no front matter and a title is required; start the file with a line '---', a line 'title: …' and a closing line '---'.",
        });
    }

    [Fact]
    public void A_line_with_more_than_three_dashes_opens_no_front_matter() =>
        Parse("----\ntitle: T\n---\n").Diagnostics.Single().Message.ShouldStartWith("The article has no front matter");

    [Fact]
    public void Unclosed_front_matter_is_VQ0003_at_the_opening_line_and_the_whole_file_is_the_body()
    {
        var result = Parse("---\ntitle: T\n{@a x}");

        result.Article.Body.ShouldBe("---\ntitle: T\nx");
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            "(1,1)-(1,4) VQ0003: The front matter opened here is never closed; end it with a line holding only '---'.",
        });
    }

    [Theory]
    [InlineData("---\n---\n")]
    [InlineData("---\nid: x\n---\n")]
    [InlineData("---\n# only a comment\n---\n")]
    public void A_missing_title_is_VQ0003_at_the_opening_line(string text)
    {
        var result = Parse(text);

        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[] { "(1,1)-(1,4) VQ0003: The article has no title; add 'title: …' to the front matter." });
        result.Article.Title.ShouldBe(result.Article.Id);
    }

    [Theory]
    [InlineData("title:", "(2,7)-(2,7)")]
    [InlineData("title: ''", "(2,8)-(2,10)")]
    [InlineData("title: \"  \"", "(2,8)-(2,12)")]
    public void An_empty_title_is_VQ0003_at_the_value(string line, string span) =>
        Diagnosed.Lines(Parse($"---\n{line}\n---\n").Diagnostics).ShouldBe(new[] { $"{span} VQ0003: The title is empty; write the article's title." });

    [Fact]
    public void An_unknown_key_is_VQ0003_at_the_key_and_the_rest_is_read()
    {
        var result = Parse("---\ntitle: T\nauthor: A. Reporter\n---\n");

        result.Article.Title.ShouldBe("T");
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            "(3,1)-(3,7) VQ0003: Unknown front matter key 'author'; use id, title, outlet, published, url, authors or speakers.",
        });
    }

    [Fact]
    public void Keys_are_case_sensitive() =>
        Parse("---\nTitle: T\n---\n").Diagnostics.Select(d => d.Message).ShouldBe(new[]
        {
            "Unknown front matter key 'Title'; use id, title, outlet, published, url, authors or speakers.",
            "The article has no title; add 'title: …' to the front matter.",
        });

    [Fact]
    public void A_repeated_key_is_VQ0003_at_the_second_and_the_first_value_counts()
    {
        var result = Parse("---\ntitle: First\ntitle: Second\n---\n");

        result.Article.Title.ShouldBe("First");
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[] { "(3,1)-(3,6) VQ0003: The key 'title' appears twice; keep only one." });
    }

    [Theory]
    [InlineData("2017-02-30")]
    [InlineData("2017-13-01")]
    [InlineData("2017-4-12")]
    [InlineData("12/04/2017")]
    [InlineData("2017-04-12T10:00:00Z")]
    [InlineData("0000-01-01")]
    public void A_bad_date_is_VQ0003_at_the_value_and_left_out(string date)
    {
        var result = Parse($"---\ntitle: T\npublished: {date}\n---\n");

        result.Article.Published.ShouldBeNull();
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            $"(3,12)-(3,{12 + date.Length}) VQ0003: '{date}' is not a valid date; write 'published' as yyyy-MM-dd, such as 2017-04-12.",
        });
    }

    [Fact]
    public void A_leap_day_is_a_date() =>
        Parse("---\ntitle: T\npublished: 2016-02-29\n---\n").Article.Published.ShouldBe(new CorpusDate(2016, 2, 29));

    [Theory]
    [InlineData("www.example.com/a")]
    [InlineData("/news/a")]
    [InlineData("C:\\news\\a")]
    [InlineData("https//example.com")]
    public void A_url_that_is_not_absolute_is_VQ0003_at_the_value_and_left_out(string url)
    {
        var result = Parse($"---\ntitle: T\nurl: '{url}'\n---\n");

        result.Article.Url.ShouldBeNull();
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            $"(3,6)-(3,{8 + url.Length}) VQ0003: '{url}' is not an absolute URL; write the full address, such as https://www.example.com/article.",
        });
    }

    [Fact]
    public void An_invalid_id_is_VQ0003_at_the_value_and_the_file_name_is_used()
    {
        var result = Parse("---\ntitle: T\nid: my id!\n---\n");

        result.Article.Id.ShouldBe("nyt-tillerson");
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            "(3,5)-(3,11) VQ0003: 'my id!' is not a valid article id; start with a letter or digit and use only letters, digits, '.', '_' and '-'.",
        });
    }

    [Fact]
    public void A_file_name_that_is_no_valid_id_is_VQ0003_at_the_start_of_the_file() =>
        Diagnosed.Lines(Parse("---\ntitle: T\n---\n", "news/my article.article.md").Diagnostics).ShouldBe(new[]
        {
            "(1,1)-(1,1) VQ0003: The file name gives the article id 'my article', which is not valid; rename the file or set 'id:' in the front matter (start with a letter or digit and use only letters, digits, '.', '_' and '-').",
        });

    [Theory]
    [InlineData("title: [a, b]", "(2,8)-(2,14) VQ0003: 'title' must be a single value of text, not a list or a mapping.")]
    [InlineData("title: T\nauthors: { a: b }", "(3,10)-(3,18) VQ0003: 'authors' must be a list of names, such as [A. Reporter, B. Writer].")]
    [InlineData("title: T\nspeakers: [a]", "(3,11)-(3,14) VQ0003: 'speakers' must map speaker ids to their fields, such as 'peskov: { name: Dmitri S. Peskov }'.")]
    [InlineData("just text", "(2,1)-(2,10) VQ0003: The front matter must map keys to values, such as 'title: …'.")]
    [InlineData("title: T\n[a]: b", "(3,1)-(3,4) VQ0003: A key must be plain text; write it as a single word.")]
    public void A_value_of_the_wrong_shape_is_VQ0003_at_the_value(string yaml, string expected) =>
        Diagnosed.Lines(Parse($"---\n{yaml}\n---\n").Diagnostics).ShouldBe(new[] { expected });

    [Fact]
    public void Article_local_speakers_are_read_like_a_registry()
    {
        var speaker = Parse("---\ntitle: T\nspeakers:\n  peskov: { name: Dmitri S. Peskov, role: Kremlin spokesman }\n---\n").Article.Speakers.Single();

        speaker.ShouldBe(new SpeakerSpec("peskov", "Dmitri S. Peskov", "Kremlin spokesman", null, SpeakerKind.Person,
            EquatableArray<string>.Empty, "news/nyt-tillerson.article.md", new SourceSpan(25, 6, 3, 2, 3, 8)));
    }

    [Fact]
    public void A_YAML_syntax_error_is_VQ0003_at_the_error_and_the_body_is_still_read()
    {
        var result = Parse("---\ntitle: \"unclosed\n---\n{@a body}");

        result.Article.Body.ShouldBe("body");
        result.Article.Quotes.Count.ShouldBe(1);
        var error = result.Diagnostics.Single();
        error.Id.ShouldBe(DiagnosticIds.InvalidYaml);
        error.Span.StartLine.ShouldBe(1);
        error.Message.ShouldStartWith("The YAML is invalid (");
        error.Message.ShouldNotContain("Line:");
    }

    [Fact]
    public void A_BOM_is_skipped_when_looking_for_the_front_matter_and_is_not_in_the_body()
    {
        var result = Parse("\uFEFF---\ntitle: T\nid: x\n---\nBody");

        result.Diagnostics.ShouldBeEmpty();
        result.Article.Body.ShouldBe("Body");
        result.Article.IdSpan.ShouldBe(new SourceSpan(18, 1, 2, 4, 2, 5));
    }

    [Fact]
    public void A_BOM_without_front_matter_is_not_in_the_body() =>
        Parse("\uFEFFBody").Article.Body.ShouldBe("Body");
}
