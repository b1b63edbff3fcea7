using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Links the quotes of a corpus into statements (see docs/statements.md): quotes of different
/// articles that share a quote id and a speaker; direct quotes whose normalized words match with a
/// few changed, added or dropped; an excerpt of <see cref="MinExcerptWords"/> or more words with the
/// statement it comes from; a quote spanning several statements with each. The result depends only
/// on the signatures, never on the order they come in.
/// </summary>
public static class StatementLinker
{
    /// <summary>The fewest words an excerpt has to link by its words.</summary>
    public const int MinExcerptWords = 3;

    /// <summary>Matches of fewer words need a speaker in common, and never join two statements into one.</summary>
    public const int StrongWords = 6;

    /// <summary>Two quotes that each go on beyond what they share link when they share this many words.</summary>
    public const int OverlapWords = 8;

    /// <summary>The statements of the articles whose signatures are given, each article once (of an id given twice, the first given is linked).</summary>
    public static EquatableArray<LinkedStatement> Link(IEnumerable<ArticleSignature> articles, CancellationToken cancellationToken = default)
    {
        var ordered = Ordered(articles, article => article.ArticleId);
        var (quotes, _) = Flatten(ordered, cancellationToken);
        var groups = Group(quotes);
        return Assemble(ordered.Count, quotes, groups, WordLinks.Find(groups, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The same statements by the partitioned join, in one process, its shingles cut into
    /// <paramref name="partitions"/> by hash: the steps a pipeline can cache one by one
    /// (<see cref="ArticleShingles"/>, <see cref="BlockedShingles"/>, <see cref="ArticleRareShingles"/>,
    /// <see cref="PartitionLinks"/>, <see cref="Merge"/>). Not yet what the callers use: cold, it
    /// costs about two to two and a half times <see cref="Link(IEnumerable{ArticleSignature}, CancellationToken)"/> (docs/performance.md).
    /// </summary>
    public static EquatableArray<LinkedStatement> LinkPartitioned(IEnumerable<ArticleSignature> articles, int partitions, CancellationToken cancellationToken = default)
    {
        var shingles = new List<ArticleShingles>();
        foreach (var article in Ordered(articles, article => article.ArticleId))
        {
            cancellationToken.ThrowIfCancellationRequested();
            shingles.Add(ArticleShingles.Of(article, partitions));
        }
        var blocked = BlockedShingles.Union(StatementPartitions.Views(shingles, partitions).Select(BlockedShingles.Of));
        var rare = shingles.Select(article => ArticleRareShingles.Of(article, blocked)).ToList();
        var links = StatementPartitions.Views(rare, partitions).Select(view => PartitionLinks.Find(view, cancellationToken)).ToList();
        return Merge(shingles, blocked, links, cancellationToken);
    }

    /// <summary>
    /// The statements, from every partition's links: groups, union-find, shared ids, compound quotes,
    /// short excerpts and split sentences over the whole corpus. When a hash would decide anything
    /// (two shingles, words or wordings that share one, or an article id given twice) it links the
    /// corpus by the exact join (<see cref="Link(IEnumerable{ArticleSignature}, CancellationToken)"/>) instead, whose results the partitions' are.
    /// </summary>
    public static EquatableArray<LinkedStatement> Merge(
        IReadOnlyList<ArticleShingles> articles, BlockedShingles blocked, IEnumerable<PartitionLinks> partitions, CancellationToken cancellationToken = default)
    {
        var ordered = Ordered(articles, article => article.Signature.ArticleId);
        var signatures = ordered.Select(article => article.Signature).ToList();
        if (blocked.Collides || ordered.Count != articles.Count)
        {
            return Link(signatures, cancellationToken);
        }
        var (quotes, wordsShareAHash) = Flatten(signatures, cancellationToken);
        // The partitions told shingles apart by their words' hashes.
        if (wordsShareAHash)
        {
            return Link(signatures, cancellationToken);
        }
        var groups = Group(quotes);
        if (!WordingKeysTellGroupsApart(ordered, quotes, groups.Count))
        {
            return Link(signatures, cancellationToken);
        }
        var groupOf = new Dictionary<QuoteKey, int>(groups.Count);
        foreach (var group in groups)
        {
            groupOf.Add(group.First.Key, group.Index);
        }
        var keyed = new List<(int Owner, int Other, WordLink Link)>();
        foreach (var partition in partitions)
        {
            foreach (var link in partition.Links)
            {
                keyed.Add((groupOf[link.Owner], groupOf[link.Other], new WordLink(link.Kind, groupOf[link.Excerpt], groupOf[link.Container], link.Weak, link.From, link.To)));
            }
        }
        // In the order the exact join finds them: by owner, then by the other group.
        keyed.Sort((x, y) => x.Owner != y.Owner ? x.Owner.CompareTo(y.Owner) : x.Other.CompareTo(y.Other));
        return Assemble(signatures.Count, quotes, groups, keyed.Select(k => k.Link).ToList(), cancellationToken);
    }

    private static List<T> Ordered<T>(IEnumerable<T> articles, Func<T, string> id) =>
        articles
            .GroupBy(id, StringComparer.OrdinalIgnoreCase)
            .Select(same => same.First())
            .OrderBy(id, StringComparer.Ordinal)
            .ToList();

    // Each group's quotes share one wording key and no two groups do, so the partitions, which
    // group by the key, grouped as the words do.
    private static bool WordingKeysTellGroupsApart(List<ArticleShingles> articles, List<LinkQuote> quotes, int groupCount)
    {
        var groupOf = new Dictionary<ulong, int>(groupCount);
        var keyOf = new ulong?[groupCount];
        int q = 0;
        foreach (var article in articles)
        {
            foreach (var shingles in article.Quotes)
            {
                while (quotes[q].Node < 0)
                {
                    q++;
                }
                int group = quotes[q++].Node;
                if (keyOf[group] is { } key ? key != shingles.Wording : groupOf.ContainsKey(shingles.Wording))
                {
                    return false;
                }
                keyOf[group] = shingles.Wording;
                groupOf[shingles.Wording] = group;
            }
        }
        return true;
    }

    private static EquatableArray<LinkedStatement> Assemble(int articleCount, List<LinkQuote> quotes, List<QuoteGroup> groups, List<WordLink> links, CancellationToken cancellationToken)
    {
        int nodeCount = groups.Count;
        foreach (var quote in quotes.Where(q => q.Node < 0))
        {
            quote.Node = nodeCount++;
        }

        var sets = new UnionFind(nodeCount);
        // 1. Copies, light misquotes and long overlaps; shared ids.
        foreach (var link in links.Where(l => l.Kind == WordLinkKind.Peer))
        {
            sets.Union(link.Excerpt, link.Container);
        }
        LinkSharedIds(quotes, sets);
        // 2. Excerpts: a quote whose excerpts come from statements it prints apart is in each of them.
        var compound = Compound.Find(links.Where(l => l.Kind == WordLinkKind.Excerpt && !l.Weak), groups, sets);
        // 3. Short excerpts join the one statement they can come from, and nothing else.
        LinkShortExcerpts(links.Where(l => l.Kind == WordLinkKind.Excerpt && l.Weak), compound, sets);
        // 4. A short piece of a sentence split around the attribution joins the rest of the sentence.
        LinkSplitSentences(quotes, sets);

        cancellationToken.ThrowIfCancellationRequested();
        return StatementAssembly.Assemble(quotes, groups, compound, sets, articleCount, cancellationToken);
    }

    // Each word a dense id, in the order words first occur: found by the signature step's 64-bit
    // word hash, the word itself compared on a match, so two words that share a hash stay apart
    // (a later one gets a negative id of its own; the partitioned join, which does not compare
    // words, is told they share one).
    private static (List<LinkQuote> Quotes, bool WordsShareAHash) Flatten(List<ArticleSignature> articles, CancellationToken cancellationToken)
    {
        var idByHash = new DenseIds(1024);
        // Each id's first word, as its place in a signature's text.
        var wordOf = new List<(string Text, int Start, int Length)>();
        Dictionary<string, int>? sharingAHash = null;
        var quotes = new List<LinkQuote>();
        for (int a = 0; a < articles.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var signature in articles[a].Quotes)
            {
                var words = new int[signature.Words.Count];
                string text = signature.Text;
                for (int w = 0, at = 0, length; w < words.Length; w++, at += length + 1)
                {
                    length = signature.TextLengthAt(at);
                    int id = idByHash.IdOf(signature.Words[w].Hash, out bool added);
                    if (added)
                    {
                        wordOf.Add((text, at, length));
                    }
                    else if (wordOf[id] is var first && (first.Length != length || string.CompareOrdinal(first.Text, first.Start, text, at, length) != 0))
                    {
                        sharingAHash ??= new Dictionary<string, int>(StringComparer.Ordinal);
                        string word = text.Substring(at, length);
                        if (!sharingAHash.TryGetValue(word, out id))
                        {
                            sharingAHash.Add(word, id = -1 - sharingAHash.Count);
                        }
                    }
                    words[w] = id;
                }
                quotes.Add(new LinkQuote(a, articles[a].ArticleId, signature, words) { Node = -1 });
            }
        }
        return (quotes, sharingAHash is not null);
    }

    // Direct quotes of three or more words, grouped by their words (and, when short, their speakers):
    // found by a hash of the word ids, compared on a match (groups that share one are chained).
    private static List<QuoteGroup> Group(List<LinkQuote> quotes)
    {
        var groups = new List<QuoteGroup>();
        var byHash = new DenseIds(quotes.Count);
        var latestWithHash = new List<int>();
        var previousWithHash = new List<int>();
        foreach (var quote in quotes)
        {
            if (quote.Signature.Kind != QuoteKind.Direct || quote.Words.Length < MinExcerptWords)
            {
                continue;
            }
            int hash = byHash.IdOf(WordingHash(quote.Words), out bool added);
            if (added)
            {
                latestWithHash.Add(-1);
            }
            int g = latestWithHash[hash];
            while (g >= 0 && !SameWording(groups[g].First, quote))
            {
                g = previousWithHash[g];
            }
            if (g < 0)
            {
                g = groups.Count;
                groups.Add(new QuoteGroup(g, quote));
                previousWithHash.Add(latestWithHash[hash]);
                latestWithHash[hash] = g;
            }
            groups[g].Add(quote);
            quote.Node = g;
        }
        return groups;
    }

    private static ulong WordingHash(int[] words)
    {
        ulong hash = (ulong)words.Length;
        foreach (int word in words)
        {
            hash = unchecked((hash ^ (uint)word) * 0x100000001B3UL);
        }
        return hash;
    }

    /// <summary>Quotes of one group: the same words, nested quotes and gaps, and when short the same speakers.</summary>
    private static bool SameWording(LinkQuote x, LinkQuote y) =>
        SortedHashes.SameItems(x.Words, y.Words)
        && x.Signature.Nested.Equals(y.Signature.Nested) && x.Signature.Gaps.Equals(y.Signature.Gaps)
        && (x.Words.Length >= StrongWords || SameSpeakers(x.Signature.Speakers, y.Signature.Speakers));

    private static bool SameSpeakers(EquatableArray<string> x, EquatableArray<string> y) =>
        x.Count == y.Count && x.OrderBy(s => s, StringComparer.Ordinal).SequenceEqual(y.OrderBy(s => s, StringComparer.Ordinal), StringComparer.Ordinal);

    // Quotes of different articles with the same id and a speaker in common; never quadratic in how often an id recurs.
    private static void LinkSharedIds(List<LinkQuote> quotes, UnionFind sets)
    {
        var firstBySpeaker = new Dictionary<(string Id, string Speaker), int>();
        foreach (var quote in quotes)
        {
            if (quote.Signature.Id is not { } id)
            {
                continue;
            }
            foreach (var speaker in quote.Signature.Speakers)
            {
                var key = (id.ToLowerInvariant(), speaker);
                if (firstBySpeaker.TryGetValue(key, out int node))
                {
                    sets.Union(node, quote.Node);
                }
                else
                {
                    firstBySpeaker.Add(key, quote.Node);
                }
            }
        }
    }

    private static void LinkSplitSentences(List<LinkQuote> quotes, UnionFind sets)
    {
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            int back = quote.Signature.Index - quote.Signature.Continues;
            if (quote.Signature.Continues >= 0 && back > 0 && q - back >= 0 && quotes[q - back] is var previous
                && previous.Article == quote.Article && previous.Signature.Index == quote.Signature.Continues
                && Math.Min(previous.Words.Length, quote.Words.Length) < StrongWords)
            {
                sets.Union(previous.Node, quote.Node);
            }
        }
    }

    private static void LinkShortExcerpts(IEnumerable<WordLink> links, Compound compound, UnionFind sets)
    {
        var targets = new Dictionary<int, HashSet<int>>();
        foreach (var link in links)
        {
            if (!targets.TryGetValue(link.Excerpt, out var roots))
            {
                targets.Add(link.Excerpt, roots = new HashSet<int>());
            }
            roots.Add(compound.StatementAt(link.Container, link.From, link.To, sets));
        }
        foreach (var entry in targets.OrderBy(e => e.Key))
        {
            if (entry.Value.Count == 1)
            {
                sets.Union(entry.Key, entry.Value.First());
            }
        }
    }
}
