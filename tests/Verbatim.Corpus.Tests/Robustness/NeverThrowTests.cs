using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;

namespace Verbatim.Corpus.Tests.Robustness;

/// <summary>The never-throw list: whatever the input, parsing ends with a model and diagnostics.</summary>
public class NeverThrowTests
{
    public static TheoryData<string> BrokenYaml => new()
    {
        "{", "[", "]", "}", ": :", "\t", "a: b: c", "%YAML 1.2", "? a\n: b", "a:\n- b\n c", "'unterminated",
        "\"\\x\"", "!!", "&", "*", "&a", "*a", "...", "a: |\n  x\n b", "- - - -", "a: [b, {c: d]", "\0", "\uD800",
        "a:\n  - b\n  c: d", "'a': 'b\n", "title: T\ntitle: [", "key with no colon", "a: b\n\tc: d", "@", "`",
    };

    [Theory]
    [MemberData(nameof(BrokenYaml))]
    [InlineData("---\n---\n---")]
    [InlineData("%YAML 1.2\n---\na: 1")]
    public void Broken_YAML_in_a_registry_is_a_diagnostic(string yaml)
    {
        var result = RegistryParser.Parse("s.speakers.yaml", yaml);

        result.Diagnostics.ShouldAllBe(d => d.Id == DiagnosticIds.InvalidYaml || d.Id == DiagnosticIds.DuplicateId);
    }

    [Theory]
    [MemberData(nameof(BrokenYaml))]
    public void Broken_YAML_in_front_matter_is_a_diagnostic_and_the_body_is_still_read(string yaml)
    {
        var result = ArticleParser.Parse("a.article.md", $"---\n{yaml}\n---\n{{@x body}}");

        result.Article.Body.ShouldBe("body");
        result.Diagnostics.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\n---")]
    [InlineData("\r\r\r")]
    [InlineData("{@")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("\\")]
    [InlineData("{@{@{@{@")]
    [InlineData("{@a,")]
    [InlineData("{@a#")]
    [InlineData("{@a:")]
    [InlineData("\uDC00{@\uD800 \uDFFF}")]
    public void Tiny_and_odd_articles_are_read(string text)
    {
        var result = ArticleParser.Parse("a.article.md", text);

        result.Article.Title.ShouldBe("a");
        result.Article.Body.Length.ShouldBeLessThanOrEqualTo(text.Length);
    }

    [Fact]
    public void A_megabyte_on_one_line_is_read()
    {
        string line = string.Concat(Enumerable.Repeat("word {@a “quoted”} ", 1024 * 1024 / 19));

        var result = ArticleParser.Parse("a.article.md", "---\ntitle: T\n---\n" + line);

        result.Diagnostics.ShouldBeEmpty();
        result.Article.Quotes.Count.ShouldBe(1024 * 1024 / 19);
        result.Article.Quotes[^1].Line.ShouldBe(4);
    }

    [Fact]
    public void A_megabyte_long_header_is_read()
    {
        var result = ArticleParser.Parse("a.article.md", "---\ntitle: T\n---\n{@" + new string('a', 1024 * 1024));

        result.Diagnostics.Select(d => d.Message).ShouldBe(new[]
        {
            CorpusMessages.UnterminatedAnnotation,
            CorpusMessages.MissingSpace,
        }, ignoreOrder: true);
    }

    [Fact]
    public void Ten_thousand_nested_annotations_do_not_overflow_the_stack()
    {
        const int depth = 10_000;
        string body = string.Concat(Enumerable.Repeat("{@a w ", depth)) + new string('}', depth);

        var result = ArticleParser.Parse("a.article.md", "---\ntitle: T\n---\n" + body);

        result.Article.Quotes.Count.ShouldBe(CorpusLimits.MaxAnnotationDepth);
        result.Diagnostics.Count.ShouldBe(1);
    }

    [Fact]
    public void Ten_thousand_unterminated_nested_annotations_are_reported_up_to_the_per_file_limit()
    {
        const int depth = 10_000;

        var result = ArticleParser.Parse("a.article.md", "---\ntitle: T\n---\n" + string.Concat(Enumerable.Repeat("{@a w ", depth)));

        result.Article.Quotes.ShouldBeEmpty();
        result.Article.Body.Length.ShouldBe(2 * depth);
        result.Diagnostics.Count.ShouldBe(DiagnosticLimits.MaxDiagnosticsPerFile + 1);
        result.Diagnostics[0].Message.ShouldStartWith("Annotations are nested more than 32 deep");
        result.Diagnostics[1].Message.ShouldBe(CorpusMessages.UnterminatedAnnotation);
        result.Diagnostics[1].Span.Start.ShouldBe(17);
        result.Diagnostics[^1].Message.ShouldBe(CorpusMessages.TooManyMistakes);
    }

    [Fact]
    public void A_megabyte_of_stray_braces_is_a_thousand_diagnostics_and_one_that_says_so()
    {
        var result = ArticleParser.Parse("a.article.md", "---\ntitle: T\n---\n" + new string('}', 1024 * 1024));

        result.Diagnostics.Count.ShouldBe(DiagnosticLimits.MaxDiagnosticsPerFile + 1);
        Diagnosed.Line(result.Diagnostics[^1]).ShouldBe(
            "(4,1001)-(4,1002) VQ0002: This file has more than 1000 mistakes and the rest are not reported; fix these first.");
    }

    [Fact]
    public void The_per_file_limit_holds_for_the_corpus_diagnostics_too()
    {
        var article = ArticleParser.Parse("a.article.md", "---\ntitle: T\n---\n" + string.Concat(Enumerable.Repeat("{@nobody x} ", 3000)));

        var corpus = CorpusResolver.Resolve(Array.Empty<RegistryParseResult>(), new[] { article });

        corpus.Diagnostics.Count.ShouldBe(DiagnosticLimits.MaxDiagnosticsPerFile + 1);
        corpus.Diagnostics[^1].Id.ShouldBe(DiagnosticIds.UndefinedSpeaker);
        corpus.Diagnostics[^1].Message.ShouldBe(CorpusMessages.TooManyMistakes);
    }

    [Fact]
    public void A_big_corpus_resolves()
    {
        var registry = RegistryParser.Parse("s.speakers.yaml", string.Concat(Enumerable.Range(0, 2000).Select(i => $"s{i}: {{ name: Speaker {i} }}\n")));
        var articles = Enumerable.Range(0, 500).Select(i => ArticleParser.Parse($"a{i}.article.md",
            $"---\ntitle: T{i}\n---\n" + string.Concat(Enumerable.Range(0, 20).Select(j => $"{{@s{(i * 3) + j},x{j}#q{j} words}} "))));

        var corpus = CorpusResolver.Resolve(new[] { registry }, articles);

        corpus.Articles.Count.ShouldBe(500);
        corpus.Diagnostics.Count(d => d.Id == DiagnosticIds.UndefinedSpeaker).ShouldBe(500 * 20);
    }

    [Fact]
    public void Cancellation_is_the_one_exception()
    {
        var cancelled = new CancellationToken(canceled: true);

        Should.Throw<OperationCanceledException>(() => ArticleParser.Parse("a.article.md", "---\ntitle: T\n---\n{@a x}", cancelled));
        Should.Throw<OperationCanceledException>(() => RegistryParser.Parse("s.speakers.yaml", "a: { name: A }", cancelled));
        Should.Throw<OperationCanceledException>(() => CorpusResolver.Resolve(
            Array.Empty<RegistryParseResult>(), new[] { ArticleParser.Parse("a.article.md", "---\ntitle: T\n---\n{@a x}") }, cancelled));
    }
}
