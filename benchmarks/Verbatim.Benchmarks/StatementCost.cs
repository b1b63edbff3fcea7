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
/// What linking statements costs (docs/performance.md, "Statements"), measured in processor time
/// of the process outside BenchmarkDotNet (the machine is shared, and its load makes wall-clock
/// times of one run differ several-fold): the per-article signatures and the corpus-wide join over the synthetic
/// corpus, next to a cold generator and analyzer run (measured in turn, round after round); a prose edit and an edit inside one quote
/// through a kept driver; and the two adversarial corpora (one sentence printed by every article,
/// one boilerplate sentence in every article) at each size, to show the growth. The join and the
/// cold runs are measured over two corpora: the harsh phrase pool, whose quotes share most of their
/// three-word runs, and the news-like one, whose quotes are nearly all one article's own.
/// </summary>
internal static class StatementCost
{
    private const int Runs = 3;

    /// <summary>The two corpora linking is measured on: the harsh phrase pool, and news-like quotes.</summary>
    private static readonly (string Name, Func<int, Workload> Workload, bool NewsLike)[] Corpora =
    {
        ("phrase pool", Workload.For, false),
        ("news-like", Workload.NewsLikeFor, true),
    };

    /// <summary>The per-article signatures and the join alone, at each size, over both corpora.</summary>
    public static void Join(IReadOnlyList<int> sizes)
    {
        foreach (var corpus in Corpora)
        {
            var rows = new List<(int Size, double Signatures, double Join)>();
            foreach (int size in sizes)
            {
                var (quotes, sign, join, joinBytes, joinCollections, statements) = MeasureJoin(corpus.Workload(size));
                rows.Add((size, sign, join));
                Console.WriteLine(
                    $"{corpus.Name}, {size:N0} articles, {quotes:N0} quotes: signatures {sign:N0} ms, join {join:N0} ms " +
                    $"({joinBytes / 1e6:N0} MB allocated, {joinCollections} collections), {statements.Count:N0} statements, digest {Digest(statements)}");
            }
            if (rows.Count > 1)
            {
                var (first, last) = (rows[0], rows[rows.Count - 1]);
                Console.WriteLine($"{corpus.Name}, growth {first.Size:N0} to {last.Size:N0}: signatures {Growth(first.Signatures, last.Signatures)}, join {Growth(first.Join, last.Join)}");
            }
        }
    }

    /// <summary>
    /// The exact join next to the partitioned one (in one process, cut as the generator would and
    /// into one partition), in turn, round after round, with a digest of each one's statements.
    /// </summary>
    public static void Partitioned(IReadOnlyList<int> sizes)
    {
        Console.WriteLine($"| corpus | articles | exact join | partitioned, {StatementPartitions.Count} partitions | partitioned, 1 partition | digests (exact, {StatementPartitions.Count}, 1) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var corpus in Corpora)
        {
            foreach (int size in sizes)
            {
                var signatures = Parse(corpus.Workload(size)).Select(Signatures.Of).ToList();
                var times = Interleaved(
                    () => StatementLinker.Link(signatures),
                    () => StatementLinker.LinkPartitioned(signatures, StatementPartitions.Count),
                    () => StatementLinker.LinkPartitioned(signatures, 1));
                string digests = string.Join(", ", Digest(StatementLinker.Link(signatures)), Digest(StatementLinker.LinkPartitioned(signatures, StatementPartitions.Count)), Digest(StatementLinker.LinkPartitioned(signatures, 1)));
                Console.WriteLine($"| {corpus.Name} | {size:N0} | {times[0]:N0} ms | {times[1]:N0} ms | {times[2]:N0} ms | {digests} |");
            }
        }
    }

    public static void Run(IReadOnlyList<int> sizes)
    {
        Console.WriteLine("| corpus | articles | quotes | signatures | join | statements | cold generator | cold analyzer | linking ÷ (generator − linking) | linking ÷ (analyzer − linking) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var growth = new List<string>();
        foreach (var corpus in Corpora)
        {
            var rows = new List<(int Size, double[] Times)>();
            foreach (int size in sizes)
            {
                // The machine is shared: the linking and the cold runs are measured in turn, round after
                // round, so a change of load weighs on each alike and their ratio stays meaningful.
                var articles = Parse(corpus.Workload(size));
                var signatures = articles.Select(Signatures.Of).ToList();
                int statements = StatementLinker.Link(signatures).Count;
                var scale = new ScaleBenchmarks { Articles = size, NewsLike = corpus.NewsLike };
                scale.Setup();
                var times = Interleaved(
                    () => signatures = articles.Select(Signatures.Of).ToList(),
                    () => StatementLinker.Link(signatures),
                    () => scale.Generator(),
                    () => scale.Analyzer().GetAwaiter().GetResult());
                double sign = times[0], join = times[1], generator = times[2], analyzer = times[3];
                double linking = sign + join;
                rows.Add((size, new[] { sign, join, linking, generator, analyzer }));
                Console.WriteLine($"| {corpus.Name} | {size:N0} | {articles.Sum(a => a.Quotes.Count):N0} | {sign:N0} ms | {join:N0} ms | {statements:N0} | {generator:N0} ms | {analyzer:N0} ms "
                    + $"| {100 * linking / (generator - linking):N0} % | {100 * linking / (analyzer - linking):N0} % |");
            }
            if (rows.Count > 1)
            {
                var (first, last) = (rows[0], rows[rows.Count - 1]);
                growth.Add($"| {corpus.Name} | {first.Size:N0} to {last.Size:N0} | "
                    + string.Join(" | ", first.Times.Zip(last.Times, Growth)) + " |");
            }
        }
        if (growth.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("| corpus | growth | signatures | join | linking | cold generator | cold analyzer |");
            Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
            growth.ForEach(Console.WriteLine);
        }

        Console.WriteLine();
        Edits(sizes);

        Console.WriteLine();
        Adversarial(sizes);
    }

    /// <summary>A prose edit and an edit inside one quote through a kept driver (recording no steps), at each size.</summary>
    public static void Edits(IReadOnlyList<int> sizes)
    {
        Console.WriteLine("| articles | prose edit, generator | one-quote edit, generator | difference |");
        Console.WriteLine("| ---: | ---: | ---: | ---: |");
        foreach (int size in sizes)
        {
            var workload = Workload.For(size);
            double prose = EditTimes(workload, text => text.TrimEnd('\n') + " The talks went on late into the night.\n");
            double quote = EditTimes(workload, EditFirstQuote);
            Console.WriteLine($"| {size:N0} | {prose:N0} ms | {quote:N0} ms | {quote - prose:N0} ms |");
        }
    }

    /// <summary>The join over each corpus and over it with one of two adversarial quotes added to every article, at each size.</summary>
    public static void Adversarial(IReadOnlyList<int> sizes)
    {
        Console.WriteLine("| corpus | articles | join | + one sentence in every article | + boilerplate in every article |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var corpus in Corpora)
        {
            var rows = new List<(int Size, double[] Times)>();
            foreach (int size in sizes)
            {
                var signatures = Parse(corpus.Workload(size)).Select(Signatures.Of).ToList();
                var same = signatures.Select((s, i) => WithQuote(s, "There is a low level of trust between our two countries.")).ToList();
                var boiler = signatures.Select((s, i) => WithQuote(s, FirstDirectWords(s, i) + " the ministry said in a statement.")).ToList();
                // In turn, round after round, as the cold runs: their ratios are what is read.
                var times = Interleaved(() => StatementLinker.Link(signatures), () => StatementLinker.Link(same), () => StatementLinker.Link(boiler));
                rows.Add((size, times));
                Console.WriteLine($"| {corpus.Name} | {size:N0} | {times[0]:N0} ms | {times[1]:N0} ms | {times[2]:N0} ms |");
            }
            if (rows.Count > 1)
            {
                var (first, last) = (rows[0], rows[rows.Count - 1]);
                Console.WriteLine($"| {corpus.Name} | growth {first.Size:N0} to {last.Size:N0} | " + string.Join(" | ", first.Times.Zip(last.Times, Growth)) + " |");
            }
        }
    }

    private static string Growth(double first, double last) => (last / first).ToString("0.0", CultureInfo.InvariantCulture) + "x";

    private static (int Quotes, double Signatures, double Join, long JoinBytes, int JoinCollections, EquatableArray<LinkedStatement> Statements) MeasureJoin(Workload workload)
    {
        var articles = Parse(workload);
        var signatures = new List<ArticleSignature>();
        double sign = Median(() => signatures = articles.Select(Signatures.Of).ToList());
        var statements = EquatableArray<LinkedStatement>.Empty;
        double join = Median(() => statements = StatementLinker.Link(signatures));
        var (allocated, collections) = (GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0));
        statements = StatementLinker.Link(signatures);
        return (articles.Sum(a => a.Quotes.Count), sign, join, GC.GetTotalAllocatedBytes(precise: true) - allocated, GC.CollectionCount(0) - collections, statements);
    }

    /// <summary>
    /// A short fingerprint of every field of every statement, so a change of the join shows whether
    /// it kept the results (the statements' count alone would not).
    /// </summary>
    private static string Digest(EquatableArray<LinkedStatement> statements)
    {
        var text = new StringBuilder();
        foreach (var s in statements)
        {
            text.Append(s.Id).Append('|').Append(s.HasQuoteId).Append('|').Append(s.Text).Append('|').AppendJoin(',', s.Quotes).Append('|');
            foreach (var wording in s.Wordings)
            {
                text.Append(wording.Text).Append('/').AppendJoin(',', wording.Quotes).Append('/').Append(wording.ArticleCount).Append(';');
            }
            text.Append('|').AppendJoin(',', s.Speakers).Append('|').AppendJoin(';', s.Differences).Append('|');
            foreach (var conflict in s.Conflicts)
            {
                text.Append(conflict.Quote).Append('/').AppendJoin(',', conflict.OtherSpeakers).Append('/').AppendJoin(',', conflict.OtherArticles).Append(';');
            }
            text.Append('\n');
        }
        using var sha = System.Security.Cryptography.SHA256.Create();
        return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString())), 0, 8);
    }

    private static List<ArticleSpec> Parse(Workload workload) =>
        workload.Corpus.Articles.Select(a => ArticleParser.Parse(a.Path, a.Text).Article).ToList();

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
            var clock = CpuClock.Start();
            driver = driver.ReplaceAdditionalText(current, other).RunGenerators(workload.Compilation);
            times.Add(clock.ElapsedMilliseconds);
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
            var clock = CpuClock.Start();
            work();
            times.Add(clock.ElapsedMilliseconds);
        }
        return MedianOf(times);
    }

    // The median of each work over rounds that run every work once, after one warm-up round.
    private static double[] Interleaved(params Action[] works)
    {
        var times = works.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round <= Runs; round++)
        {
            for (int w = 0; w < works.Length; w++)
            {
                var clock = CpuClock.Start();
                works[w]();
                if (round > 0)
                {
                    times[w].Add(clock.ElapsedMilliseconds);
                }
            }
        }
        return times.Select(MedianOf).ToArray();
    }

    private static double MedianOf(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }
}

/// <summary>The processor time the process spends from <see cref="Start"/> on, in every thread (the GC's too).</summary>
internal readonly struct CpuClock
{
    private readonly TimeSpan _start;

    private CpuClock(TimeSpan start) => _start = start;

    public double ElapsedMilliseconds => (Process.GetCurrentProcess().TotalProcessorTime - _start).TotalMilliseconds;

    public static CpuClock Start() => new(Process.GetCurrentProcess().TotalProcessorTime);
}
