using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Verbatim.Benchmarks.Roslyn;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Statements;

namespace Verbatim.Benchmarks;

/// <summary>
/// What linking statements costs (docs/performance.md, "Statements"), measured with a stopwatch
/// outside BenchmarkDotNet: the per-article signatures and the corpus-wide join over the synthetic
/// corpus, next to a cold generator and analyzer run; a prose edit and an edit inside one quote
/// through a kept driver; and the two adversarial corpora (one sentence printed by every article,
/// one boilerplate sentence in every article) at each size, to show the growth.
/// </summary>
internal static class StatementCost
{
    private const int Runs = 3;

    /// <summary>The per-article signatures and the join alone, at each size.</summary>
    public static void Join(IReadOnlyList<int> sizes)
    {
        foreach (int size in sizes)
        {
            var (quotes, sign, join, statements) = MeasureJoin(size);
            Console.WriteLine($"{size:N0} articles, {quotes:N0} quotes: signatures {sign:N0} ms, join {join:N0} ms, {statements:N0} statements");
        }
    }

    public static void Run(IReadOnlyList<int> sizes)
    {
        Console.WriteLine("| articles | quotes | signatures | join | statements | cold generator | cold analyzer | linking ÷ (generator − linking) | linking ÷ (analyzer − linking) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (int size in sizes)
        {
            var (quotes, sign, join, statements) = MeasureJoin(size);
            var scale = new ScaleBenchmarks { Articles = size };
            scale.Setup();
            double generator = Median(() => scale.Generator());
            double analyzer = Median(() => scale.Analyzer().GetAwaiter().GetResult());
            double linking = sign + join;
            Console.WriteLine($"| {size:N0} | {quotes:N0} | {sign:N0} ms | {join:N0} ms | {statements:N0} | {generator:N0} ms | {analyzer:N0} ms "
                + $"| {100 * linking / (generator - linking):N0} % | {100 * linking / (analyzer - linking):N0} % |");
        }

        Console.WriteLine();
        Console.WriteLine("| articles | prose edit, generator | one-quote edit, generator | difference |");
        Console.WriteLine("| ---: | ---: | ---: | ---: |");
        foreach (int size in sizes)
        {
            var workload = Workload.For(size);
            double prose = EditTimes(workload, text => text.TrimEnd('\n') + " The talks went on late into the night.\n");
            double quote = EditTimes(workload, EditFirstQuote);
            Console.WriteLine($"| {size:N0} | {prose:N0} ms | {quote:N0} ms | {quote - prose:N0} ms |");
        }

        Console.WriteLine();
        Console.WriteLine("| articles | join, synthetic | + one sentence in every article | + boilerplate in every article |");
        Console.WriteLine("| ---: | ---: | ---: | ---: |");
        foreach (int size in sizes)
        {
            var signatures = Parse(size).Select(Signatures.Of).ToList();
            double plain = Median(() => StatementLinker.Link(signatures));
            var same = signatures.Select((s, i) => WithQuote(s, "There is a low level of trust between our two countries.")).ToList();
            double everywhere = Median(() => StatementLinker.Link(same));
            var boiler = signatures.Select((s, i) => WithQuote(s, FirstDirectWords(s, i) + " the ministry said in a statement.")).ToList();
            double boilerplate = Median(() => StatementLinker.Link(boiler));
            Console.WriteLine($"| {size:N0} | {plain:N0} ms | {everywhere:N0} ms | {boilerplate:N0} ms |");
        }
    }

    private static (int Quotes, double Signatures, double Join, int Statements) MeasureJoin(int size)
    {
        var articles = Parse(size);
        var signatures = new List<ArticleSignature>();
        double sign = Median(() => signatures = articles.Select(Signatures.Of).ToList());
        int statements = 0;
        double join = Median(() => statements = StatementLinker.Link(signatures).Count);
        return (articles.Sum(a => a.Quotes.Count), sign, join, statements);
    }

    private static List<ArticleSpec> Parse(int size) =>
        Workload.For(size).Corpus.Articles.Select(a => ArticleParser.Parse(a.Path, a.Text).Article).ToList();

    private static ArticleSignature WithQuote(ArticleSignature article, string words)
    {
        var quote = Signatures.Of(article.Quotes.Count, null, new[] { "boilerplate" }, QuoteKind.Direct, false, words, 0, words.Length, Array.Empty<(int, int)>());
        return article with { Quotes = article.Quotes.Append(quote).ToEquatableArray() };
    }

    // Each article's own words before the boilerplate, so the quotes differ but for it.
    private static string FirstDirectWords(ArticleSignature article, int index) =>
        article.Quotes.FirstOrDefault(q => q.Kind == QuoteKind.Direct && q.Words.Count >= 4)?.Content.Trim('“', '”', '"', ' ')
        ?? "Article " + index.ToString(CultureInfo.InvariantCulture);

    // One word added inside the middle article's first quote.
    private static string EditFirstQuote(string text)
    {
        int header = text.IndexOf("{@", text.IndexOf("\n---", 4, StringComparison.Ordinal), StringComparison.Ordinal);
        int content = text.IndexOf(' ', header) + 1;
        int word = text.IndexOf(' ', content + 2) + 1;
        return text.Insert(word, "really ");
    }

    /// <summary>Where an edit inside one quote spends its time, by pipeline step (the second of two such edits).</summary>
    public static void EditSteps(int size)
    {
        var workload = Workload.For(size);
        var texts = workload.FreshTexts();
        var driver = workload.CreateDriver(VerbatimComponents.CreateGenerator(), texts, trackSteps: true).RunGenerators(workload.Compilation);
        AdditionalText current = texts[(texts.Length + 1) / 2];
        var original = (InMemoryAdditionalText)current;
        AdditionalText other = InMemoryAdditionalText.FromBytes(original.Path, Encoding.UTF8.GetBytes(EditFirstQuote(original.Text)));
        var paused = TimeSpan.Zero;
        int fullCollections = 0;
        for (int i = 0; i < 2; i++)
        {
            (paused, fullCollections) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2));
            driver = driver.ReplaceAdditionalText(current, other).RunGenerators(workload.Compilation);
            (current, other) = (other, current);
        }
        var run = driver.GetRunResult().Results.Single();
        Console.WriteLine($"One-quote edit, {size:N0} articles: {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:N0} ms in all, "
            + $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms of it paused for GC ({GC.CollectionCount(2) - fullCollections} full collections)");
        foreach (var step in run.TrackedSteps.Select(step => (step.Key, Ms: step.Value.Sum(one => one.ElapsedTime.TotalMilliseconds))).OrderByDescending(step => step.Ms).Take(6))
        {
            Console.WriteLine($"  {step.Key}: {step.Ms:N1} ms");
        }
        // Recording the steps is itself costly (the driver walks each output's inputs back to the
        // files), so the same edit through a driver that records nothing is what a build pays.
        Console.WriteLine($"The same edit through a driver that records no steps: {EditTimes(workload, EditFirstQuote):N0} ms");
    }

    private static double EditTimes(Workload workload, Func<string, string> edit)
    {
        var texts = workload.FreshTexts();
        var driver = workload.CreateDriver(VerbatimComponents.CreateGenerator(), texts).RunGenerators(workload.Compilation);
        AdditionalText current = texts[(texts.Length + 1) / 2];
        var original = (InMemoryAdditionalText)current;
        AdditionalText other = InMemoryAdditionalText.FromBytes(original.Path, Encoding.UTF8.GetBytes(edit(original.Text)));
        var times = new List<double>();
        for (int i = 0; i < 8; i++)
        {
            var clock = Stopwatch.StartNew();
            driver = driver.ReplaceAdditionalText(current, other).RunGenerators(workload.Compilation);
            times.Add(clock.Elapsed.TotalMilliseconds);
            (current, other) = (other, current);
        }
        return MedianOf(times.Skip(2).ToList());
    }

    private static double Median(Action work)
    {
        work();
        var times = new List<double>();
        for (int i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            work();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return MedianOf(times);
    }

    private static double Median(Func<object> work) => Median(() => { work(); });

    private static double MedianOf(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }
}
