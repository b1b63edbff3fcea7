using System;
using System.Linq;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Drafting;
using Verbatim.Corpus.Finding;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Statements;
using Verbatim.Fuzzing.Checks;
using Verbatim.Fuzzing.Inputs;

namespace Verbatim.Robustness.Tests.Fuzzing;

/// <summary>The fuzz targets' own parts: how an input becomes files, and checks that do catch a broken promise.</summary>
public sealed class FuzzTargetTests
{
    private const string Article = "---\ntitle: T\n---\nSaid {@a#q “Low trust,”} he.\n";

    [Fact]
    public void One_input_splits_into_files_at_markers_that_start_a_line()
    {
        var files = FuzzFiles.Of(InputShape.Corpus, "before\n==> r.speakers.yaml\na:\n  name: A\n==> b.article.md\nx ==> y\n==> B.article.md\n");

        files.Select(f => (f.Path, f.Text)).ShouldBe(new[]
        {
            ("fuzz.article.md", "before\n"),
            ("r.speakers.yaml", "a:\n  name: A\n"),
            ("b.article.md", "x ==> y\n"),
            ("3-B.article.md", ""),
        });
        files.Select(FuzzFiles.IsRegistry).ShouldBe(new[] { false, true, false, false });
    }

    [Fact]
    public void A_name_written_again_is_another_file_whatever_the_names_around_it()
    {
        var files = FuzzFiles.Of(InputShape.Corpus, "==> a.article.md\n==> a.article.md\n==> 1-a.article.md\n==> A.article.md\n");

        files.Select(f => f.Path).ShouldBe(new[] { "a.article.md", "1-a.article.md", "2-1-a.article.md", "3-A.article.md" });
    }

    [Fact]
    public void After_a_utf16_byte_order_mark_the_bytes_are_raw_code_units_lone_surrogates_included()
    {
        FuzzInput.Decode(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8 }).ShouldBe("a\uD800");
        FuzzInput.Decode(new byte[] { 0x61, 0xFF }).ShouldBe("a\uFFFD");
    }

    [Fact]
    public void A_parsed_article_keeps_every_promise()
    {
        var result = ArticleParser.Parse("x.article.md", Article);

        Should.NotThrow(() => ArticleChecks.Require(result.Article, new FileSpans("x.article.md", Article)));
    }

    [Fact]
    public void A_quote_outside_the_body_or_with_other_words_is_a_violation()
    {
        var article = ArticleParser.Parse("x.article.md", Article).Article;
        var file = new FileSpans("x.article.md", Article);
        var quote = article.Quotes.Single();

        Should.Throw<InvariantViolation>(() => ArticleChecks.Require(With(article, quote with { Length = article.Body.Length }), file));
        Should.Throw<InvariantViolation>(() => ArticleChecks.Require(With(article, quote with { Text = "“Low trust,”" }), file));
        Should.Throw<InvariantViolation>(() => ArticleChecks.Require(With(article, quote with { Line = 1 }), file));
    }

    [Fact]
    public void A_span_with_the_wrong_line_or_outside_its_file_is_a_violation()
    {
        var file = new FileSpans("x.article.md", "ab\r\ncd");

        Should.NotThrow(() => file.RequireInside(new SourceSpan(4, 2, 1, 0, 1, 2), "cd"));
        Should.NotThrow(() => file.RequireInside(new SourceSpan(3, 0, 0, 3, 0, 3), "between CR and LF"));
        Should.Throw<InvariantViolation>(() => file.RequireInside(new SourceSpan(4, 2, 0, 4, 0, 6), "cd"));
        Should.Throw<InvariantViolation>(() => file.RequireInside(new SourceSpan(5, 2, 1, 1, 1, 3), "past the end"));
        Should.Throw<InvariantViolation>(() => file.RequireText(new SourceSpan(0, 2, 0, 0, 0, 2), "abc", "id"));
    }

    [Fact]
    public void A_diagnostic_in_no_corpus_file_is_a_violation()
    {
        var files = new System.Collections.Generic.Dictionary<string, FileSpans> { ["x.article.md"] = new("x.article.md", "ab") };
        var diagnostic = new CorpusDiagnostic(DiagnosticIds.InvalidYaml, "m", "y.article.md", new SourceSpan(0, 1, 0, 0, 0, 1), EquatableArray<string>.Empty);

        Should.Throw<InvariantViolation>(() => DiagnosticChecks.RequireInFiles(new[] { diagnostic }, files));
        Should.NotThrow(() => DiagnosticChecks.RequireInFiles(new[] { diagnostic with { Path = "x.article.md" } }, files));
    }

    [Fact]
    public void The_linking_seed_gives_statements_with_differences_and_conflicts()
    {
        var articles = Seed("corpus/statements").Where(f => !FuzzFiles.IsRegistry(f)).Select(f => ArticleParser.Parse(f.Path, f.Text).Article);

        var statements = StatementLinker.Link(articles.Select(Signatures.Of));

        statements.Count.ShouldBeGreaterThanOrEqualTo(2);
        statements.ShouldContain(s => s.Differences.Count > 0);
        statements.ShouldContain(s => s.Conflicts.Count > 0);
    }

    [Fact]
    public void The_finder_seeds_give_quotations_and_drafted_annotations()
    {
        var article = Seed("article/unannotated.article.md").Single();
        var parsed = ArticleParser.Parse(article.Path, article.Text);
        var raw = Seed("article/raw.article.md").Single();

        QuotationFinder.FindInArticle(article.Text, parsed, SpeakerIndex.Create(parsed.Article.Speakers)).Quotations.Count.ShouldBeGreaterThanOrEqualTo(5);
        ArticleParser.Parse("draft.article.md", ArticleDrafter.Draft(raw.Text)).Article.Quotes.Count.ShouldBeGreaterThanOrEqualTo(1);
    }

    private static System.Collections.Generic.IReadOnlyList<FuzzFile> Seed(string name)
    {
        string[] parts = name.Split('/');
        var shape = Enum.Parse<InputShape>(parts[0], ignoreCase: true);
        var bytes = Harness.FuzzInputs.All.Single(input => input.Name == "seeds/" + name).Bytes;
        return FuzzFiles.Of(shape, FuzzInput.Decode(bytes));
    }

    private static ArticleSpec With(ArticleSpec article, QuoteSpec quote) => article with { Quotes = new EquatableArray<QuoteSpec>(new[] { quote }) };
}
