using System;
using System.Collections.Generic;
using System.Threading;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>A verified match found in one partition, its groups named by their first quotes (corpus order), so it means the same in every run.</summary>
/// <param name="Owner">The group that looked the pair up (<see cref="WordLinks"/>' owner rule).</param>
/// <param name="Other">The other group.</param>
internal readonly record struct KeyedLink(QuoteKey Owner, QuoteKey Other, WordLinkKind Kind, QuoteKey Excerpt, QuoteKey Container, bool Weak, int From, int To);

/// <summary>
/// Round two of the join, per partition: the pairs of groups whose words match, each verified in
/// exactly one partition, the one of the first shingle (by hash) of its owner's probed shingles
/// that the other group holds too. The rules are <see cref="WordLinks"/>' own: the same owner, the
/// same count of shared rare shingles, the same bounds and the same alignment, so the links are
/// the same whatever the partitions.
/// </summary>
public sealed class PartitionLinks : IEquatable<PartitionLinks>
{
    private PartitionLinks(EquatableArray<KeyedLink> links) => Links = links;

    internal EquatableArray<KeyedLink> Links { get; }

    public static PartitionLinks Find(PartitionView<ArticleRareShingles> view, CancellationToken cancellationToken = default)
    {
        var shingles = Gather(view);
        var groups = shingles.Groups;
        var links = new List<KeyedLink>();
        var words = new Dictionary<ulong, int>();
        // Read for every holder of every probed shingle: flat, by group, not through the group objects.
        var seen = new int[groups.Length];
        var facts = new Facts[groups.Length];
        foreach (var group in groups)
        {
            facts[group.Index] = new Facts(group.Length, group.GapCount, group.OnlyArticle, group.Rare.Hashes);
        }
        var diagonals = new List<int>();
        foreach (var group in groups)
        {
            if ((group.Index & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int mark = group.Index + 1;
            long rank = ShingleIndex.Rank(group.Index, group.Length);
            for (int p = shingles.ProbeStart[group.Index]; p < shingles.ProbeStart[group.Index + 1]; p++)
            {
                int run = shingles.Probes[p];
                ulong hash = shingles.RunHash[run];
                // Without gaps a group owns only pairs with the groups that rank above it.
                int from = group.HasGaps ? shingles.RunStart[run] : shingles.HoldersAbove(run, rank);
                for (int h = from; h < shingles.RunStart[run + 1]; h++)
                {
                    int index = shingles.Holders[h];
                    if (seen[index] == mark)
                    {
                        continue;
                    }
                    seen[index] = mark;
                    if (index == group.Index || !Owns(facts, group.Index, index) || !Shares(facts[group.Index], facts[index], hash))
                    {
                        continue;
                    }
                    if (Link(group, groups[index], words, diagonals) is { } link)
                    {
                        links.Add(link);
                    }
                }
            }
        }
        return new PartitionLinks(links.ToEquatableArray());
    }

    // The first checks of WordLinks.Find, from the flat facts: not both only in the one same article,
    // and enough rare shingles shared; and the pair is this partition's: no rare shingle the two
    // share comes before the probed one at hand (so it is the first of the owner's probes the other holds).
    private static bool Shares(Facts mine, Facts theirs, ulong hash)
    {
        if (theirs.OnlyArticle >= 0 && theirs.OnlyArticle == mine.OnlyArticle)
        {
            return false;
        }
        int needed = WordLinks.MinSharedShingles(Math.Min(mine.Length, theirs.Length), mine.GapCount + theirs.GapCount);
        if (Math.Min(mine.Hashes.Length, theirs.Hashes.Length) < needed)
        {
            return false;
        }
        var shared = new SortedHashes(mine.Hashes, mine.Hashes.Length, theirs.Hashes);
        for (int count = 0; shared.Next(out int i, out _);)
        {
            if (count == 0 && mine.Hashes[i] != hash)
            {
                return false;
            }
            if (++count == needed)
            {
                return true;
            }
        }
        return false;
    }

    // The rest, in its order, for one pair the group owns that passed those.
    private static KeyedLink? Link(LocalGroup group, LocalGroup other, Dictionary<ulong, int> words, List<int> diagonals)
    {
        var (low, high) = group.Index < other.Index ? (group, other) : (other, group);
        QuoteGroup lowWords = low.Words(words), highWords = high.Words(words);
        if (!(lowWords.Words.Length <= highWords.Words.Length ? WordLinks.WithinBounds(lowWords, highWords) : WordLinks.WithinBounds(highWords, lowWords)))
        {
            return null;
        }
        Diagonals(low.Rare, high.Rare, diagonals);
        if (WordLinks.Verify(lowWords, highWords, WordLinks.MostCommon(diagonals)) is not { } link)
        {
            return null;
        }
        LocalGroup excerpt = link.Excerpt == low.Index ? low : high, container = link.Container == low.Index ? low : high;
        return new KeyedLink(group.Key, other.Key, link.Kind, excerpt.Key, container.Key, link.Weak, link.From, link.To);
    }

    private static bool Owns(Facts[] facts, int group, int other) =>
        WordLinks.Owns(group, facts[group].Length, facts[group].HasGaps, other, facts[other].Length, facts[other].HasGaps);

    /// <summary>What the owner rule and the first checks read of a group: its length in words, its gaps, its one article (or -1), its rare shingles.</summary>
    private readonly record struct Facts(int Length, int GapCount, int OnlyArticle, ulong[] Hashes)
    {
        public bool HasGaps => GapCount > 0;
    }

    // The rare shingles two groups share, as diagonals: where each is in the second minus where in the first.
    private static void Diagonals(RareQuote first, RareQuote second, List<int> diagonals)
    {
        diagonals.Clear();
        var shared = new SortedHashes(first.Hashes, first.Hashes.Length, second.Hashes);
        while (shared.Next(out int i, out int j))
        {
            diagonals.Add(second.Positions[j] - first.Positions[i]);
        }
    }

    /// <summary>
    /// A partition's groups (quotes of one wording), numbered in corpus order of their first quotes,
    /// and its shingles (runs, ascending by hash) with the groups that hold each; per group, the runs
    /// of the shingles it probes, ascending.
    /// </summary>
    private sealed class Shingles
    {
        public LocalGroup[] Groups = Array.Empty<LocalGroup>();
        public ulong[] RunHash = Array.Empty<ulong>();
        public int[] RunStart = Array.Empty<int>();
        public int[] Holders = Array.Empty<int>();
        public long[] HolderRanks = Array.Empty<long>();
        public int[] ProbeStart = Array.Empty<int>();
        public int[] Probes = Array.Empty<int>();

        /// <summary>Where the holders of <paramref name="run"/> ranked above <paramref name="rank"/> (longer, or as long and later) start.</summary>
        public int HoldersAbove(int run, long rank) => ShingleIndex.FirstAbove(HolderRanks, RunStart[run], RunStart[run + 1], rank);
    }

    private static Shingles Gather(PartitionView<ArticleRareShingles> view)
    {
        // At most as many quotes (so groups) as the partition has postings, or its articles have quotes.
        int total = 0, quoteBound = 0;
        foreach (var slice in view.Slices)
        {
            total += slice.To - slice.From;
            quoteBound += Math.Min(slice.To - slice.From, slice.Article.Quotes.Length);
        }
        var hashes = new ulong[total];
        var holder = new int[total];
        var rare = new int[total];
        var groups = new List<LocalGroup>(quoteBound);
        var byWording = new Dictionary<ulong, int>(quoteBound);
        var stamp = Array.Empty<int>();
        var groupOfQuote = Array.Empty<int>();
        int k = 0;
        for (int a = 0; a < view.Slices.Length; a++)
        {
            var slice = view.Slices[a];
            var quotes = slice.Article.Quotes;
            if (stamp.Length < quotes.Length)
            {
                Array.Resize(ref stamp, Math.Max(quotes.Length, stamp.Length * 2));
                Array.Resize(ref groupOfQuote, stamp.Length);
            }
            for (int i = slice.From; i < slice.To; i++, k++)
            {
                long posting = slice.Article.Postings[i];
                int q = (int)(posting >> 32);
                if (stamp[q] != a + 1)
                {
                    // The quote's first posting here: it joins its wording's group.
                    stamp[q] = a + 1;
                    var quote = quotes[q];
                    if (!byWording.TryGetValue(quote.Source.Wording, out int group))
                    {
                        byWording.Add(quote.Source.Wording, group = groups.Count);
                        groups.Add(new LocalGroup(quote, a));
                    }
                    else
                    {
                        groups[group].Add(quote, a);
                    }
                    groupOfQuote[q] = group;
                }
                (hashes[k], holder[k], rare[k]) = (quotes[q].Hashes[(int)posting], groupOfQuote[q], (int)posting);
            }
        }

        // Groups in corpus order of their first quotes, as the exact join numbers them.
        var ordered = groups.ToArray();
        var places = new long[ordered.Length];
        for (int g = 0; g < ordered.Length; g++)
        {
            places[g] = ordered[g].Order;
            ordered[g].Seal();
        }
        Array.Sort(places, ordered);
        for (int g = 0; g < ordered.Length; g++)
        {
            ordered[g].Index = g;
        }
        var order = new int[total];
        for (int i = 0; i < total; i++)
        {
            order[i] = i;
        }
        Array.Sort(hashes, order);

        var shingles = new Shingles { Groups = ordered, Holders = new int[total] };
        var runHash = new List<ulong>();
        var runStart = new List<int>();
        var probeCount = new int[ordered.Length + 1];
        var probes = new List<(int Group, int Run)>();
        var last = new int[ordered.Length];
        int held = 0;
        for (int run = 0, end; run < total; run = end)
        {
            runHash.Add(hashes[run]);
            runStart.Add(held);
            for (end = run; end < total && hashes[end] == hashes[run]; end++)
            {
                var group = groups[holder[order[end]]];
                if (last[group.Index] != runHash.Count)
                {
                    last[group.Index] = runHash.Count;
                    shingles.Holders[held++] = group.Index;
                    if (rare[order[end]] < group.Rare.Probe)
                    {
                        probes.Add((group.Index, runHash.Count - 1));
                        probeCount[group.Index + 1]++;
                    }
                }
            }
        }
        runStart.Add(held);
        // Each shingle's holders by rank, so a group finds the ones it may own (the longer) at once.
        shingles.HolderRanks = new long[held];
        for (int h = 0; h < held; h++)
        {
            shingles.HolderRanks[h] = ShingleIndex.Rank(shingles.Holders[h], ordered[shingles.Holders[h]].Length);
        }
        for (int r = 0; r + 1 < runStart.Count; r++)
        {
            if (runStart[r + 1] - runStart[r] > 1)
            {
                Array.Sort(shingles.HolderRanks, shingles.Holders, runStart[r], runStart[r + 1] - runStart[r]);
            }
        }
        for (int g = 0; g < ordered.Length; g++)
        {
            probeCount[g + 1] += probeCount[g];
        }
        // Each group's probed runs, ascending (the runs come in order, so a stable placement keeps it).
        var filled = (int[])probeCount.Clone();
        shingles.Probes = new int[probes.Count];
        foreach (var (group, run) in probes)
        {
            shingles.Probes[filled[group]++] = run;
        }
        (shingles.RunHash, shingles.RunStart, shingles.ProbeStart) = (runHash.ToArray(), runStart.ToArray(), probeCount);
        return shingles;
    }

    /// <summary>The quotes of one wording in the partition (every quote of it in the corpus: they hold the same shingles).</summary>
    private sealed class LocalGroup
    {
        private List<(RareQuote Quote, int Article)>? _others;
        private QuoteGroup? _words;

        public LocalGroup(RareQuote first, int article) => (Rare, Article, Order) = (first, article, Place(first, article));

        public int Index { get; set; }

        /// <summary>The first quote's place in corpus order: the partition's articles come in it.</summary>
        public long Order { get; private set; }

        public QuoteKey Key => Rare.Source.Key;

        /// <summary>The group's first quote, in corpus order.</summary>
        public RareQuote Rare { get; private set; }

        /// <summary>The article (of the partition's) that prints <see cref="Rare"/>.</summary>
        public int Article { get; private set; }

        public int Length => Rare.Source.Signature.Words.Count;

        public int GapCount => Rare.Source.Signature.Gaps.Count;

        public bool HasGaps => GapCount > 0;

        /// <summary>The one article (of the partition's) that prints the wording, or -1 when several do.</summary>
        public int OnlyArticle { get; private set; }

        public void Add(RareQuote quote, int article)
        {
            _others ??= new List<(RareQuote Quote, int Article)>();
            long place = Place(quote, article);
            if (place < Order)
            {
                _others.Add((Rare, Article));
                (Rare, Article, Order) = (quote, article, place);
            }
            else
            {
                _others.Add((quote, article));
            }
        }

        /// <summary>Called once every quote is in: whether one article prints them all.</summary>
        public void Seal() => OnlyArticle = _others is null || _others.TrueForAll(other => other.Article == Article) ? Article : -1;

        private static long Place(RareQuote quote, int article) => ((long)article << 32) | (uint)quote.Source.Signature.Index;

        /// <summary>
        /// The group as the bounds and the alignment read it: words as ids of the partition's own, by
        /// their hashes (two words that share one send the corpus to the exact join at the merge).
        /// </summary>
        public QuoteGroup Words(Dictionary<ulong, int> ids)
        {
            if (_words is not null)
            {
                return _words;
            }
            var signature = Rare.Source.Signature;
            var words = new int[signature.Words.Count];
            for (int w = 0; w < words.Length; w++)
            {
                if (!ids.TryGetValue(signature.Words[w].Hash, out words[w]))
                {
                    ids.Add(signature.Words[w].Hash, words[w] = ids.Count);
                }
            }
            var quotes = new List<(RareQuote Quote, int Article)> { (Rare, Article) };
            if (_others is not null)
            {
                _others.Sort((x, y) => Place(x.Quote, x.Article).CompareTo(Place(y.Quote, y.Article)));
                quotes.AddRange(_others);
            }
            foreach (var (quote, article) in quotes)
            {
                var member = new LinkQuote(article, quote.Source.ArticleId, quote.Source.Signature, words);
                _words ??= new QuoteGroup(Index, member);
                _words.Add(member);
            }
            return _words!;
        }
    }

    public bool Equals(PartitionLinks? other) => other is not null && Links.Equals(other.Links);

    public override bool Equals(object? obj) => Equals(obj as PartitionLinks);

    public override int GetHashCode() => Links.GetHashCode();
}
