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
        var (groups, runs) = Gather(view);
        var links = new List<KeyedLink>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new int[groups.Count];
        var diagonals = new List<int>();
        foreach (var group in groups)
        {
            if ((group.Index & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int mark = group.Index + 1;
            foreach (int run in group.ProbeRuns)
            {
                var (hash, holders) = runs[run];
                foreach (var other in holders)
                {
                    if (seen[other.Index] == mark)
                    {
                        continue;
                    }
                    seen[other.Index] = mark;
                    if (other == group || !Owns(group, other) || !FirstSharedProbe(group.Rare, other.Rare, hash))
                    {
                        continue;
                    }
                    if (Link(group, other, words, diagonals) is { } link)
                    {
                        links.Add(link);
                    }
                }
            }
        }
        return new PartitionLinks(links.ToEquatableArray());
    }

    // The checks of WordLinks.Find, in its order, for one pair the group owns.
    private static KeyedLink? Link(LocalGroup group, LocalGroup other, Dictionary<string, int> words, List<int> diagonals)
    {
        int needed = WordLinks.MinSharedShingles(Math.Min(group.Length, other.Length), group.GapCount + other.GapCount);
        if (SharedCount(group.Rare, other.Rare) < needed)
        {
            return null;
        }
        // Two wordings only one article prints, the same one, link nothing.
        if (other.OnlyArticle is { } only && string.Equals(only, group.OnlyArticle, StringComparison.Ordinal))
        {
            return null;
        }
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

    // Which of two groups looks the pair up: the one with gaps if one alone has them, else the shorter (then the first in corpus order).
    private static bool Owns(LocalGroup group, LocalGroup other) =>
        group.HasGaps != other.HasGaps ? group.HasGaps
        : group.Length != other.Length ? group.Length < other.Length
        : group.Index < other.Index;

    // True when the first of the group's probed shingles that the other holds is the one at hand: the pair is this partition's.
    private static bool FirstSharedProbe(RareQuote group, RareQuote other, ulong hash)
    {
        ulong[] mine = group.Hashes, theirs = other.Hashes;
        for (int i = 0, j = 0; i < group.Probe && j < theirs.Length;)
        {
            if (mine[i] < theirs[j])
            {
                i++;
            }
            else if (mine[i] > theirs[j])
            {
                j++;
            }
            else
            {
                return mine[i] == hash;
            }
        }
        return false;
    }

    private static int SharedCount(RareQuote first, RareQuote second)
    {
        ulong[] x = first.Hashes, y = second.Hashes;
        int shared = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] < y[j])
            {
                i++;
            }
            else if (x[i] > y[j])
            {
                j++;
            }
            else
            {
                (shared, i, j) = (shared + 1, i + 1, j + 1);
            }
        }
        return shared;
    }

    // The rare shingles two groups share, as diagonals: where each is in the second minus where in the first.
    private static void Diagonals(RareQuote first, RareQuote second, List<int> diagonals)
    {
        diagonals.Clear();
        ulong[] x = first.Hashes, y = second.Hashes;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] < y[j])
            {
                i++;
            }
            else if (x[i] > y[j])
            {
                j++;
            }
            else
            {
                diagonals.Add(second.Positions[j] - first.Positions[i]);
                i++;
                j++;
            }
        }
    }

    // The partition's groups (quotes of one wording), numbered in corpus order of their first quotes,
    // and its shingles (by hash) with the groups that hold each; each group knows the shingles it probes here.
    private static (List<LocalGroup> Groups, List<(ulong Hash, List<LocalGroup> Holders)> Runs) Gather(PartitionView<ArticleRareShingles> view)
    {
        var byWording = new Dictionary<ulong, LocalGroup>();
        var quoteOf = new Dictionary<RareQuote, LocalGroup>();
        var postings = new List<(ulong Hash, RareQuote Quote, int Rare)>();
        for (int a = 0; a < view.Slices.Length; a++)
        {
            var slice = view.Slices[a];
            for (int i = slice.From; i < slice.To; i++)
            {
                long posting = slice.Article.Postings[i];
                var quote = slice.Article.Quotes[(int)(posting >> 32)];
                postings.Add((quote.Hashes[(int)posting], quote, (int)posting));
                if (!quoteOf.ContainsKey(quote))
                {
                    if (!byWording.TryGetValue(quote.Source.Wording, out var group))
                    {
                        byWording.Add(quote.Source.Wording, group = new LocalGroup());
                    }
                    group.Add(quote, a);
                    quoteOf.Add(quote, group);
                }
            }
        }
        var groups = new List<LocalGroup>(byWording.Values);
        groups.Sort((x, y) => x.Key.CompareTo(y.Key));
        for (int g = 0; g < groups.Count; g++)
        {
            groups[g].Index = g;
        }

        postings.Sort((x, y) => x.Hash.CompareTo(y.Hash));
        var runs = new List<(ulong Hash, List<LocalGroup> Holders)>();
        var last = new int[groups.Count];
        for (int run = 0, end; run < postings.Count; run = end)
        {
            ulong hash = postings[run].Hash;
            var holders = new List<LocalGroup>();
            for (end = run; end < postings.Count && postings[end].Hash == hash; end++)
            {
                var group = quoteOf[postings[end].Quote];
                if (last[group.Index] != runs.Count + 1)
                {
                    last[group.Index] = runs.Count + 1;
                    holders.Add(group);
                    if (postings[end].Rare < group.Rare.Probe)
                    {
                        group.ProbeRuns.Add(runs.Count);
                    }
                }
            }
            runs.Add((hash, holders));
        }
        return (groups, runs);
    }

    /// <summary>The quotes of one wording in the partition (every quote of it in the corpus: they hold the same shingles).</summary>
    private sealed class LocalGroup
    {
        private readonly List<(RareQuote Quote, int Article)> _quotes = new();
        private QuoteGroup? _words;
        private bool _severalArticles;

        public int Index { get; set; }

        public QuoteKey Key { get; private set; }

        public RareQuote Rare => _quotes[0].Quote;

        public int Length => Rare.Source.Signature.Words.Count;

        public int GapCount => Rare.Source.Signature.Gaps.Count;

        public bool HasGaps => GapCount > 0;

        /// <summary>The one article that prints the wording, or null when several do.</summary>
        public string? OnlyArticle => _severalArticles ? null : Rare.Source.ArticleId;

        /// <summary>The runs of the partition whose shingle is one the group probes, ascending by hash.</summary>
        public List<int> ProbeRuns { get; } = new();

        public void Add(RareQuote quote, int article)
        {
            if (_quotes.Count == 0 || quote.Source.Key.CompareTo(Key) < 0)
            {
                Key = quote.Source.Key;
            }
            _severalArticles |= _quotes.Count > 0 && !string.Equals(_quotes[0].Quote.Source.ArticleId, quote.Source.ArticleId, StringComparison.Ordinal);
            _quotes.Add((quote, article));
        }

        /// <summary>The group as the bounds and the alignment read it: words as ids of the partition's own.</summary>
        public QuoteGroup Words(Dictionary<string, int> ids)
        {
            if (_words is not null)
            {
                return _words;
            }
            _quotes.Sort((x, y) => x.Quote.Source.Key.CompareTo(y.Quote.Source.Key));
            var signature = _quotes[0].Quote.Source.Signature;
            var words = new int[signature.Words.Count];
            for (int w = 0; w < words.Length; w++)
            {
                if (!ids.TryGetValue(signature.Words[w], out words[w]))
                {
                    ids.Add(signature.Words[w], words[w] = ids.Count);
                }
            }
            foreach (var (quote, article) in _quotes)
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
