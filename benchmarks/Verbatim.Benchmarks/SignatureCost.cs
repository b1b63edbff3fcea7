using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Statements;

namespace Verbatim.Benchmarks;

/// <summary>
/// The signature step alone (docs/performance.md, "The signatures made flat"): every article's
/// signatures built and kept, as the generator and the analyzer keep them to the end of a run, in
/// processor time; then what they allocated, what stays live, and what one full collection with
/// them live costs (what every later collection of a cold run pays for them again).
/// </summary>
internal static class SignatureCost
{
    private const int Rounds = 5;

    public static void Run(IReadOnlyList<int> sizes)
    {
        foreach (var (name, workload) in new (string, Func<int, Workload>)[] { ("phrase pool", Workload.For), ("news-like", Workload.NewsLikeFor) })
        {
            foreach (int size in sizes)
            {
                var articles = workload(size).Corpus.Articles.Select(a => ArticleParser.Parse(a.Path, a.Text).Article).ToList();
                var rounds = new List<(double Build, double Paused, double Allocated, double Live, double FullCollection, int Collections)>();
                for (int round = 0; round <= Rounds; round++)
                {
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    long before = GC.GetTotalMemory(forceFullCollection: false), allocated = GC.GetTotalAllocatedBytes(precise: true);
                    int collections = GC.CollectionCount(0);
                    var paused = GC.GetTotalPauseDuration();
                    var cpu = CpuMs();
                    var kept = new List<ArticleSignature>(articles.Count);
                    foreach (var article in articles)
                    {
                        kept.Add(Signatures.Of(article));
                    }
                    double build = CpuMs() - cpu;
                    double pause = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
                    double made = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;
                    int during = GC.CollectionCount(0) - collections;
                    cpu = CpuMs();
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    double full = CpuMs() - cpu;
                    double live = (GC.GetTotalMemory(forceFullCollection: false) - before) / 1e6;
                    GC.KeepAlive(kept);
                    if (round > 0)
                    {
                        rounds.Add((build, pause, made, live, full, during));
                    }
                }
                Console.WriteLine($"{name}, {size:N0} articles, {articles.Sum(a => a.Quotes.Count):N0} quotes: signatures {Median(rounds.Select(r => r.Build)):N0} ms "
                    + $"(least {rounds.Min(r => r.Build):N0}; {Median(rounds.Select(r => r.Paused)):N0} ms of it paused for collections), {Median(rounds.Select(r => r.Allocated)):N1} MB allocated, {Median(rounds.Select(r => r.Live)):N1} MB live, "
                    + $"{Median(rounds.Select(r => (double)r.Collections)):N0} gen0 collections, a full collection with them live {Median(rounds.Select(r => r.FullCollection)):N0} ms");
            }
        }
    }

    private static double CpuMs() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
