using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Parsing;
using Verbatim.Generators.Analysis;
using Verbatim.Robustness.Tests.Harness;
using Xunit.Abstractions;

namespace Verbatim.Robustness.Tests.Adversarial;

/// <summary>
/// A build cancelled half way (the IDE does this on every keystroke) stops with
/// <see cref="OperationCanceledException"/>, and the next run gives the full result: nothing
/// half-done is kept by the parser, the generator driver or the analyzer's caches.
/// </summary>
public sealed class CancellationTests(ITestOutputHelper output)
{
    [Fact]
    public void A_cancelled_parse_stops_with_OperationCanceledException()
    {
        var text = new StringBuilder("---\ntitle: Many\n---\n");
        for (int i = 0; i < 200_000; i++)
        {
            text.Append("{@s#q").Append(i).Append(" “Quote.”}\n");
        }
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));

        var clock = Stopwatch.StartNew();
        Should.Throw<OperationCanceledException>(() => ArticleParser.Parse("a.article.md", text.ToString(), cancellation.Token));
        output.WriteLine($"Parse of {text.Length / 1024} KB cancelled after 20 ms stopped after {clock.ElapsedMilliseconds} ms.");
        Should.Throw<OperationCanceledException>(() => RegistryParser.Parse("r.speakers.yaml", "a:\n  name: A\n", new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_generator_run_cancelled_half_way_leaves_nothing_behind()
    {
        var (files, cancellation) = CancelledOnThirdArticle();
        var driver = CorpusBuild.Driver(files);

        Should.Throw<OperationCanceledException>(() => driver.RunGenerators(CorpusBuild.EmptyConsumer(), cancellation.Token));

        CorpusBuild.Sources(driver.RunGenerators(CorpusBuild.EmptyConsumer()))
            .ShouldBe(CorpusBuild.Sources(CorpusBuild.Driver(SampleCorpus.AsFiles()).RunGenerators(CorpusBuild.EmptyConsumer())));
    }

    [Fact]
    public void An_analyzer_run_cancelled_half_way_leaves_nothing_behind_in_its_caches()
    {
        var (files, cancellation) = CancelledOnThirdArticle();
        var analyzer = new CorpusAnalyzer();

        Should.Throw<OperationCanceledException>(() => CorpusBuild.Analyze(files, cancellation.Token, analyzer));
        var rerun = CorpusBuild.Analyze(files, analyzer: analyzer);

        rerun.Exceptions.ShouldBeEmpty();
        var fresh = CorpusBuild.Analyze(SampleCorpus.AsFiles());
        BuildChecks.Rendered(rerun.Diagnostics).ShouldBe(BuildChecks.Rendered(fresh.Diagnostics));
        rerun.Diagnostics.Select(d => d.GetMessage()).Order().ShouldBe(fresh.Diagnostics.Select(d => d.GetMessage()).Order());
    }

    /// <summary>The sample corpus, whose third article cancels the token the first time the compiler reads it.</summary>
    private static (AdditionalText[] Files, CancellationTokenSource Cancellation) CancelledOnThirdArticle()
    {
        var cancellation = new CancellationTokenSource();
        int articles = 0;
        var files = SampleCorpus.AsFiles()
            .Select(file => file.Path.EndsWith(ArticleParser.FileSuffix, StringComparison.Ordinal) && ++articles == 3
                ? (AdditionalText)new CancellingAdditionalText(file, cancellation)
                : file)
            .ToArray();
        return (files, cancellation);
    }
}
