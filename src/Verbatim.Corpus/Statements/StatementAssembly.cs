using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Turns the linked sets into statements: their quotes, wordings, ids, differences and conflicts.
/// One instance builds the statements of one run in turn, and keeps its working lists and arrays
/// from one statement to the next.
/// </summary>
internal sealed class StatementAssembly
{
    private readonly WordingVotes _votes;
    private readonly SpeakerCredits _credits = new();
    private readonly MemberWordings _sameWording = new();
    private readonly List<WordDifference> _differences = new();
    private (QuoteKey Quote, int Start, int Index)[] _differenceOrder = new (QuoteKey, int, int)[16];

    private StatementAssembly(int articleCount)
    {
        _votes = new WordingVotes(articleCount);
    }

    public static EquatableArray<LinkedStatement> Assemble(
        List<LinkQuote> quotes, List<QuoteGroup> groups, Compound compound, UnionFind sets, int articleCount, CancellationToken cancellationToken)
    {
        var assembly = new StatementAssembly(articleCount);
        var statements = new List<(QuoteKey First, LinkedStatement Statement)>();
        foreach (var members in MembersByStatement(quotes, groups, compound, sets))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (AllWholeCompounds(members))
            {
                continue;
            }
            members.Sort((x, y) => x.Quote.Key.CompareTo(y.Quote.Key));
            statements.Add((members[0].Quote.Key, assembly.Build(members)));
        }
        statements.Sort((x, y) => x.First.CompareTo(y.First));
        return new EquatableArray<LinkedStatement>(UniqueIds(statements));
    }

    // The members of each root that holds quotes of two or more articles, the roots in the order their first member comes.
    private static List<List<Member>> MembersByStatement(List<LinkQuote> quotes, List<QuoteGroup> groups, Compound compound, UnionFind sets)
    {
        var shared = SharedRoots(quotes, groups, compound, sets);
        var slotOf = new int[sets.Count];
        for (int node = 0; node < slotOf.Length; node++)
        {
            slotOf[node] = -1;
        }
        var statements = new List<List<Member>>();
        // The roots the quote under way went to: a quote is in a statement once, and a compound
        // quote's part there wins over the whole of it.
        var taken = new List<int>();
        void Add(int root, LinkQuote quote, int from, int to, bool wholeCompound)
        {
            if (!shared[root] || taken.Contains(root))
            {
                return;
            }
            taken.Add(root);
            if (slotOf[root] < 0)
            {
                slotOf[root] = statements.Count;
                statements.Add(new List<Member>());
            }
            statements[slotOf[root]].Add(new Member(quote, from, to, wholeCompound));
        }
        foreach (var quote in quotes)
        {
            int node = quote.Node;
            var parts = compound.PartsOf(node < groups.Count ? node : -1);
            taken.Clear();
            for (int p = 0; p < parts.Count; p++)
            {
                Add(sets.Find(parts[p].Node), quote, parts[p].From, parts[p].To, false);
            }
            Add(sets.Find(node), quote, 0, quote.Words.Length, parts.Count > 0);
        }
        return statements;
    }

    // Which roots hold quotes of two or more articles: only their quotes become members.
    private static bool[] SharedRoots(List<LinkQuote> quotes, List<QuoteGroup> groups, Compound compound, UnionFind sets)
    {
        var firstArticle = new int[sets.Count];
        var shared = new bool[sets.Count];
        for (int node = 0; node < firstArticle.Length; node++)
        {
            firstArticle[node] = -1;
        }
        void See(int root, int article)
        {
            if (firstArticle[root] < 0)
            {
                firstArticle[root] = article;
            }
            else if (firstArticle[root] != article)
            {
                shared[root] = true;
            }
        }
        foreach (var quote in quotes)
        {
            var parts = compound.PartsOf(quote.Node < groups.Count ? quote.Node : -1);
            for (int p = 0; p < parts.Count; p++)
            {
                See(sets.Find(parts[p].Node), quote.Article);
            }
            See(sets.Find(quote.Node), quote.Article);
        }
        return shared;
    }

    private static bool AllWholeCompounds(List<Member> members)
    {
        foreach (var member in members)
        {
            if (!member.WholeCompound)
            {
                return false;
            }
        }
        return true;
    }

    private LinkedStatement Build(List<Member> members)
    {
        var wordings = WordingsOf(members);
        var reference = wordings.Find(w => w.Comparable);
        _differences.Clear();
        if (reference is not null)
        {
            _votes.Differences(wordings, reference, _differences);
        }
        var (id, hasQuoteId) = IdOf(members, reference ?? wordings[0]);
        var quoteKeys = KeysOf(members);
        var specs = new StatementWordingSpec[wordings.Count];
        for (int w = 0; w < specs.Length; w++)
        {
            // One wording has every member, in the same order.
            var keys = specs.Length == 1 ? quoteKeys : KeysOf(wordings[w].Members);
            specs[w] = new StatementWordingSpec(wordings[w].Text, keys, wordings[w].ArticleCount);
        }
        var (speakers, conflicts) = _credits.Of(members);
        return new LinkedStatement(
            id,
            hasQuoteId,
            wordings[0].Text,
            quoteKeys,
            new EquatableArray<StatementWordingSpec>(specs),
            new EquatableArray<string>(speakers),
            DifferencesInOrder(),
            conflicts);
    }

    private static EquatableArray<QuoteKey> KeysOf(List<Member> members)
    {
        var keys = new QuoteKey[members.Count];
        for (int m = 0; m < keys.Length; m++)
        {
            keys[m] = members[m].Quote.Key;
        }
        return new EquatableArray<QuoteKey>(keys);
    }

    // The differences by quote (corpus order), then by where they start, else in the order found.
    private EquatableArray<WordDifference> DifferencesInOrder()
    {
        int count = _differences.Count;
        if (count == 0)
        {
            return EquatableArray<WordDifference>.Empty;
        }
        if (_differenceOrder.Length < count)
        {
            _differenceOrder = new (QuoteKey, int, int)[Math.Max(count, 2 * _differenceOrder.Length)];
        }
        var sorted = _differences.ToArray();
        for (int d = 0; d < count; d++)
        {
            _differenceOrder[d] = (sorted[d].Quote, sorted[d].Start, d);
        }
        Array.Sort(_differenceOrder, sorted, 0, count);
        return new EquatableArray<WordDifference>(sorted);
    }

    // The members by their words, most printed first (ties in corpus order: no two wordings share a first quote).
    private List<Wording> WordingsOf(List<Member> members)
    {
        var wordings = new List<Wording>();
        if (members.Count == 1)
        {
            wordings.Add(new Wording(members));
            return wordings;
        }
        var byWords = new Dictionary<Member, List<Member>>(_sameWording);
        foreach (var member in members)
        {
            if (!byWords.TryGetValue(member, out var same))
            {
                byWords.Add(member, same = new List<Member>());
                wordings.Add(new Wording(same));
            }
            same.Add(member);
        }
        wordings.Sort((x, y) => x.ArticleCount != y.ArticleCount
            ? y.ArticleCount.CompareTo(x.ArticleCount)
            : x.Members[0].Quote.Key.CompareTo(y.Members[0].Quote.Key));
        return wordings;
    }

    // The quote id most of its quotes carry (ties: the ordinal first); else one made from the reference words.
    private static (string Id, bool HasQuoteId) IdOf(List<Member> members, Wording reference)
    {
        // Per lower-cased id: how many quotes carry it, and the first to (whose spelling the statement takes).
        Dictionary<string, (int Count, string First)>? ids = null;
        foreach (var member in members)
        {
            if (member.Quote.Signature.Id is { } quoteId)
            {
                ids ??= new Dictionary<string, (int Count, string First)>(StringComparer.Ordinal);
                string key = quoteId.ToLowerInvariant();
                ids[key] = ids.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.First) : (1, quoteId);
            }
        }
        if (ids is not null)
        {
            string? best = null;
            int bestCount = 0;
            foreach (var entry in ids)
            {
                if (best is null || entry.Value.Count > bestCount || (entry.Value.Count == bestCount && string.CompareOrdinal(entry.Key, best) < 0))
                {
                    (best, bestCount) = (entry.Key, entry.Value.Count);
                }
            }
            return (ids[best!].First, true);
        }
        var words = reference.Members[0];
        var text = words.Quote.Signature.TextOf(words.From, words.To);
        return ("s-" + Fnv(text).ToString("x8", System.Globalization.CultureInfo.InvariantCulture), false);
    }

    private static uint Fnv(string text)
    {
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619);
        }
        return hash;
    }

    // Ids compare case-insensitively; a statement whose id an earlier one took gets "-2", "-3", ...
    private static LinkedStatement[] UniqueIds(List<(QuoteKey First, LinkedStatement Statement)> statements)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var unique = new LinkedStatement[statements.Count];
        for (int s = 0; s < unique.Length; s++)
        {
            var statement = statements[s].Statement;
            string id = statement.Id;
            for (int n = 2; !used.Add(id); n++)
            {
                id = statement.Id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            unique[s] = id == statement.Id ? statement : statement with { Id = id };
        }
        return unique;
    }
}
