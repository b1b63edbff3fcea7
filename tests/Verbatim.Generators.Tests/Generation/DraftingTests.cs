using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verbatim.Corpus.Drafting;
using Verbatim.Corpus.Parsing;
using Verbatim.Generators.Tests.Analysis;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// A raw article drafted into an <c>*.article.md</c> is a corpus file like any other: it parses
/// without a mistake, the generator turns it into code that compiles, and the analyzer reports
/// only the quotations the draft could not attribute. The raw articles are the sample corpus'
/// own, with their annotations taken off (title line, blank line, body).
/// </summary>
public sealed class DraftingTests
{
    private static readonly string SampleCorpus = Path.Combine(RepositoryFiles.Root(), "sample-corpus");

    public static TheoryData<string> SampleArticles => new(
        Directory.GetFiles(Path.Combine(SampleCorpus, "articles"), "*.article.md").Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(SampleArticles))]
    public async Task A_drafted_sample_article_parses_generates_and_compiles(string fileName)
    {
        string registryPath = Path.Combine(SampleCorpus, "corpus.speakers.yaml");
        var registry = RegistryParser.Parse(registryPath, File.ReadAllText(registryPath));
        var annotated = ArticleParser.Parse(fileName, File.ReadAllText(Path.Combine(SampleCorpus, "articles", fileName))).Article;
        string raw = annotated.Title + "\n\n" + annotated.Body;

        string draft = ArticleDrafter.Draft(raw, registry.Speakers.Concat(annotated.Speakers));

        var parsed = ArticleParser.Parse("articles/draft.article.md", draft);
        parsed.Diagnostics.ShouldBeEmpty(draft);
        parsed.Article.Title.ShouldBe(annotated.Title);
        parsed.Article.Body.ShouldBe(annotated.Body.TrimEnd('\n') + "\n");
        parsed.Article.Quotes.Count.ShouldBeGreaterThan(annotated.Quotes.Count(q => q.Kind == Corpus.Model.QuoteKind.Direct) / 2);

        // The article-local speakers of the sample go in a registry of their own, as a user would keep them.
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText("/project/corpus.speakers.yaml", File.ReadAllText(registryPath)),
            new InMemoryAdditionalText("/project/local.speakers.yaml", LocalSpeakers(fileName)),
            new InMemoryAdditionalText("/project/articles/draft.article.md", draft),
        };
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, sources: "class Program { static void Main() { } }");
        var (output, sources) = GeneratorRun.Generate(files, compilation);
        sources.ShouldNotBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();

        var reported = await AnalyzerRun.DiagnosticsAsync(files);
        reported.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty(string.Join("\n", reported.Select(AnalyzerRun.Render)));
        reported.Where(d => d.Id == "VQ0010").ShouldAllBe(d => d.GetMessage(null).EndsWith("no likely speaker.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_becomes_the_title_and_a_person_nothing_defines_is_defined_in_the_front_matter()
    {
        string raw = "Ministry Answers Critics\n\n“We will answer in due course,” said Jane Doe, a spokeswoman for the ministry. "
            + "A brace { and a backslash \\ stay as they were.\n\nThe sign read “no entry for anyone today” in red.\n";

        string draft = ArticleDrafter.Draft(raw);

        draft.ShouldBe("""
            ---
            title: "Ministry Answers Critics"
            speakers:
              jane-doe:
                name: "Jane Doe"
                role: "spokeswoman for the ministry"
            ---
            {@jane-doe “We will answer in due course,”} said Jane Doe, a spokeswoman for the ministry. A brace \{ and a backslash \\ stay as they were.

            The sign read “no entry for anyone today” in red.

            """.Replace("\r\n", "\n"));
        ArticleParser.Parse("a.article.md", draft).Diagnostics.ShouldBeEmpty();
    }

    private static string LocalSpeakers(string fileName)
    {
        // The front matter's "speakers:" block, as YAML of its own.
        string text = File.ReadAllText(Path.Combine(SampleCorpus, "articles", fileName)).Replace("\r\n", "\n");
        int start = text.IndexOf("\nspeakers:\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return "{}\n";
        }
        int end = text.IndexOf("\n---", start + 1, StringComparison.Ordinal);
        var lines = text.Substring(start + "\nspeakers:\n".Length, end - start - "\nspeakers:\n".Length).Split('\n');
        return string.Join("\n", lines.Select(line => line.StartsWith("  ", StringComparison.Ordinal) ? line.Substring(2) : line)) + "\n";
    }
}
