using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Verbatim.Robustness.Tests.Harness;
using Xunit.Abstractions;

namespace Verbatim.Robustness.Tests.Adversarial;

/// <summary>
/// Corpora built to exhaust the compiler: each finishes, within the documented limits or with the
/// diagnostic a limit gives. Times and allocations are written to the test output (and to
/// docs/robustness.md), never asserted.
/// </summary>
public sealed class SizeTests(ITestOutputHelper output)
{
    private const string Registry = "s:\n  name: Speaker\n";

    [Fact]
    public void A_YAML_alias_bomb_is_VQ0003_and_is_not_expanded()
    {
        var bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char level = 'b'; level <= 'j'; level++)
        {
            bomb.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + (char)(level - 1), 9))).Append("]\n");
        }
        var files = new[] { Consumer.File("bomb.speakers.yaml", bomb.ToString()), Article("a", "{@s “Still here.”}") };

        var outcome = Measured("alias bomb (9^10 nodes if expanded)", files);

        outcome.AnalyzerDiagnostics.ShouldContain(d => d.Id == "VQ0003" && d.Location.GetLineSpan().Path.EndsWith("bomb.speakers.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_thousand_nested_YAML_lists_are_VQ0003_in_a_registry_and_in_front_matter()
    {
        string deep = new string('[', 10_000) + new string(']', 10_000);
        var files = new[]
        {
            Consumer.File("deep.speakers.yaml", "s:\n  name: Speaker\n  aliases: " + deep + "\n"),
            Consumer.File("articles/deep.article.md", "---\ntitle: Deep\nauthors: " + deep + "\n---\nBody."),
        };

        var outcome = Measured("10,000 nested YAML lists", files);

        outcome.AnalyzerDiagnostics.Where(d => d.Id == "VQ0003").Select(d => d.Location.GetLineSpan().Path)
            .Distinct().Count().ShouldBe(2);
        LoadedCorpus.Load(outcome).Articles.Single().Body.ShouldBe("Body.");
    }

    [Fact]
    public void A_one_megabyte_line_is_read_and_compiled()
    {
        string line = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, «ünïcödé» ", 1024 * 1024 / 38));
        var files = new[] { Consumer.File("r.speakers.yaml", Registry), Article("long", line + "{@s#end “The end.”}") };

        var outcome = Measured("one 1 MB line", files);

        outcome.ShouldReportNoCorpusError();
        var article = LoadedCorpus.Load(outcome).Articles.Single();
        article.Body.Length.ShouldBe(line.Length + "“The end.”".Length);
        article.Quotes.Single().Text.ShouldBe("The end.");
    }

    [Fact]
    public void Front_matter_over_the_size_limit_is_VQ0003_and_the_article_is_still_generated()
    {
        string title = new('t', 1024 * 1024 + 1);
        var files = new[] { Consumer.File("r.speakers.yaml", Registry), Consumer.File("articles/big.article.md", "---\ntitle: " + title + "\n---\n{@s “Hi.”}") };

        var outcome = Measured("front matter over 1 MiB", files);

        outcome.AnalyzerDiagnostics.ShouldContain(d => d.Id == "VQ0003");
        var article = LoadedCorpus.Load(outcome).Articles.Single();
        article.Id.ShouldBe("big");
        article.Quotes.Single().Text.ShouldBe("Hi.");
    }

    [Fact]
    public void Ten_thousand_nested_annotations_stop_at_the_depth_limit_with_VQ0002()
    {
        const int depth = 10_000;
        string body = string.Concat(Enumerable.Repeat("{@s “", depth)) + "deep" + string.Concat(Enumerable.Repeat("”}", depth));
        var files = new[] { Consumer.File("r.speakers.yaml", Registry), Article("nested", body) };

        var outcome = Measured("10,000 nested annotations", files);

        outcome.AnalyzerDiagnostics.Where(d => d.Id == "VQ0002").ShouldHaveSingleItem();
        var article = LoadedCorpus.Load(outcome).Articles.Single();
        article.Quotes.Length.ShouldBe(Corpus.Parsing.CorpusLimits.MaxAnnotationDepth);
        article.Body.ShouldContain("deep");
    }

    [Fact]
    public void A_hundred_thousand_quotes_in_one_file_are_generated()
    {
        var outcome = Measured("100,000 quotes in one file", HundredThousandQuotes(withIds: false));

        outcome.ShouldReportNoCorpusError();
        var quotes = LoadedCorpus.Load(outcome).Articles.Single().Quotes;
        quotes.Length.ShouldBe(QuoteCount);
        quotes[QuoteCount - 1].Text.ShouldBe($"Quote {QuoteCount - 1}.");
        quotes[QuoteCount - 1].Line.ShouldBe(QuoteCount + 3);
    }

    [Fact]
    public void A_hundred_thousand_quote_ids_in_one_file_still_give_a_loadable_article_class()
    {
        var outcome = Measured("100,000 quotes with ids in one file", HundredThousandQuotes(withIds: true));

        // The CLR refuses a type with more than 65,535 methods: past a limit, quote members must give way to a diagnostic.
        outcome.AnalyzerDiagnostics.ShouldContain(d => d.Id == "VQ0005");
        var loaded = LoadedCorpus.Load(outcome);
        loaded.Articles.Single().Quotes.Length.ShouldBe(QuoteCount);
        loaded.ArticleMembers.Keys.ShouldContain("Many");
        loaded.QuoteMembers.Count.ShouldBeInRange(1, ushort.MaxValue - 100);
    }

    private const int QuoteCount = 100_000;

    private static InMemoryAdditionalText[] HundredThousandQuotes(bool withIds)
    {
        var body = new StringBuilder();
        for (int i = 0; i < QuoteCount; i++)
        {
            body.Append("{@s").Append(withIds ? "#q" + i : "").Append(" “Quote ").Append(i).Append(".”}\n");
        }
        return [Consumer.File("r.speakers.yaml", Registry), Article("many", body.ToString())];
    }

    [Fact]
    public void A_thousand_files_are_generated()
    {
        const int count = 1000;
        var files = new[] { Consumer.File("r.speakers.yaml", Registry) }
            .Concat(Enumerable.Range(0, count).Select(i => Article($"article-{i:D4}", $"Said {{@s#q “Words of article {i}.”}} here.")))
            .ToArray();

        var outcome = Measured("1,000 article files", files);

        outcome.ShouldReportNoCorpusError();
        var loaded = LoadedCorpus.Load(outcome);
        loaded.Articles.Length.ShouldBe(count);
        loaded.Articles[count - 1].Quotes.Single().Text.ShouldBe($"Words of article {count - 1}.");
    }

    private static InMemoryAdditionalText Article(string id, string body) =>
        Consumer.File($"articles/{id}.article.md", "---\ntitle: " + id + "\n---\n" + body);

    /// <summary>Builds (generator, compilation, analyzer), checks soundness, and reports the cost.</summary>
    private BuildOutcome Measured(string what, InMemoryAdditionalText[] files)
    {
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var outcome = CorpusBuild.Run(files);
        clock.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output.WriteLine($"{what}: build {clock.ElapsedMilliseconds} ms ({outcome.Times}), {allocated / (1024 * 1024)} MB allocated, "
            + $"{outcome.Sources.Sum(source => source.Text.Length) / 1024} KB generated, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        outcome.ShouldBeSound(files);
        return outcome;
    }
}
