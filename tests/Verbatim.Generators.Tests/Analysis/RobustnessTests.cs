using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>No input makes the analyzer throw (AnalyzerRun fails on any analyzer exception or AD0001).</summary>
public sealed class RobustnessTests
{
    // Pieces of the format, so random text reaches deep into the parsers instead of failing at once.
    private static readonly string[] Tokens =
    {
        "---", "\n", "\r\n", "\r", "\u2028", "\u0085", " ", "  ", "{@", "{", "}", "\\", "\\}", "#", ":", ",", "@",
        "title: ", "id: ", "speakers:", "name: ", "kind: ", "aliases: [", "]", "published: 2017-02-30", "url: ",
        "tillerson", "putin", "x", "-", ".", "“", "”", "indirect", "direct", "\"", "'", "&a", "*a", "!!tag ", "\t", "é", "\uD83D\uDE00", "\uD800",
    };

    [Fact]
    public async Task Random_fragments_of_the_format_never_make_it_throw()
    {
        var random = new Random(20171204);
        for (int run = 0; run < 40; run++)
        {
            var files = Enumerable.Range(0, 12)
                .Select(index => (AdditionalText)new InMemoryAdditionalText(
                    index % 3 == 0 ? $"corpus/r{index}.speakers.yaml" : $"corpus/a{index % 4}.article.md",
                    string.Concat(Enumerable.Range(0, random.Next(0, 80)).Select(_ => Tokens[random.Next(Tokens.Length)]))))
                .ToArray();

            var diagnostics = await AnalyzerRun.DiagnosticsAsync(files);

            diagnostics.ShouldAllBe(diagnostic => diagnostic.Id.StartsWith("VQ00", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Random_bytes_never_make_it_throw()
    {
        var random = new Random(42);
        var files = Enumerable.Range(0, 20)
            .Select(index =>
            {
                var bytes = new byte[random.Next(0, 4000)];
                random.NextBytes(bytes);
                var text = SourceText.From(bytes, bytes.Length, Encoding.UTF8);
                return (AdditionalText)new InMemoryAdditionalText(index % 2 == 0 ? $"b{index}.article.md" : $"b{index}.speakers.yaml", text);
            });

        await AnalyzerRun.DiagnosticsAsync(files);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_skipped()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(new AdditionalText[]
        {
            new InMemoryAdditionalText(RegistryPath, Registry),
            new InMemoryAdditionalText("corpus/unreadable.article.md", (SourceText?)null),
            new InMemoryAdditionalText("corpus/a.article.md", Article(QuotesBoth)),
        });

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_listed_twice_is_reported_once()
    {
        string article = Article(QuotesBoth + " {@tilerson “Again.”}");

        // As the compiler sees an item listed twice: two additional texts of one path.
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(new AdditionalText[]
        {
            new InMemoryAdditionalText(RegistryPath, Registry),
            new InMemoryAdditionalText("corpus/a.article.md", article),
            new InMemoryAdditionalText("corpus/a.article.md", article),
        });

        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("VQ0001");
    }

    [Fact]
    public async Task Cancellation_while_reading_the_corpus_stops_it_without_an_analyzer_error()
    {
        using var cancellation = new CancellationTokenSource();
        var files = new AdditionalText[]
        {
            new CancellingAdditionalText(new InMemoryAdditionalText("corpus/a.article.md", Article(QuotesBoth)), cancellation),
            new InMemoryAdditionalText("corpus/b.article.md", Article(QuotesBoth)),
        };

        await Should.ThrowAsync<OperationCanceledException>(() => AnalyzerRun.DiagnosticsAsync(files, cancellationToken: cancellation.Token));
    }
}
