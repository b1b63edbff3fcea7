using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Statements;

/// <summary>Turns the linked sets into statements: their quotes, wordings, ids, differences and conflicts.</summary>
internal static class StatementAssembly
{
    public static EquatableArray<LinkedStatement> Assemble(
        List<LinkQuote> quotes, List<QuoteGroup> groups, Compound compound, UnionFind sets, int articleCount, CancellationToken cancellationToken)
    {
        // Which roots hold quotes of two or more articles: only their quotes become members.
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
            foreach (var part in compound.PartsOf(quote.Node < groups.Count ? quote.Node : -1))
            {
                See(sets.Find(part.Node), quote.Article);
            }
            See(sets.Find(quote.Node), quote.Article);
        }

        var byRoot = new Dictionary<int, (List<Member> Members, HashSet<LinkQuote> Quotes)>();
        foreach (var quote in quotes)
        {
            int node = quote.Node;
            bool isCompound = node < groups.Count && compound.IsCompound(node);
            foreach (var part in compound.PartsOf(node < groups.Count ? node : -1))
            {
                int partRoot = sets.Find(part.Node);
                if (shared[partRoot])
                {
                    Add(byRoot, partRoot, quote, part.From, part.To, false);
                }
            }
            int root = sets.Find(node);
            if (shared[root])
            {
                Add(byRoot, root, quote, 0, quote.Words.Length, isCompound);
            }
        }

        var statements = new List<(QuoteKey First, LinkedStatement Statement)>();
        foreach (var (members, _) in byRoot.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (members.All(m => m.WholeCompound))
            {
                continue;
            }
            members.Sort((x, y) => x.Quote.Key.CompareTo(y.Quote.Key));
            statements.Add((members[0].Quote.Key, Build(members)));
        }
        statements.Sort((x, y) => x.First.CompareTo(y.First));
        return new EquatableArray<LinkedStatement>(UniqueIds(statements.Select(s => s.Statement)));
    }

    // A quote is in a statement once: a compound quote's part there wins over the whole of it.
    private static void Add(
        Dictionary<int, (List<Member> Members, HashSet<LinkQuote> Quotes)> byRoot, int root, LinkQuote quote, int from, int to, bool wholeCompound)
    {
        if (!byRoot.TryGetValue(root, out var entry))
        {
            byRoot.Add(root, entry = (new List<Member>(), new HashSet<LinkQuote>()));
        }
        if (entry.Quotes.Add(quote))
        {
            entry.Members.Add(new Member(quote, from, to, wholeCompound));
        }
    }

    private static LinkedStatement Build(List<Member> members)
    {
        var wordings = WordingsOf(members);
        var reference = wordings.FirstOrDefault(w => w.Comparable);
        var differences = reference is null ? new List<WordDifference>() : WordingVotes.Differences(wordings, reference);
        var (id, hasQuoteId) = IdOf(members, reference ?? wordings[0]);
        return new LinkedStatement(
            id,
            hasQuoteId,
            wordings[0].Text,
            members.Select(m => m.Quote.Key).ToEquatableArray(),
            wordings.Select(w => new StatementWordingSpec(w.Text, w.Members.Select(m => m.Quote.Key).ToEquatableArray(), w.ArticleCount)).ToEquatableArray(),
            new EquatableArray<string>(MostCredited(members)),
            differences.OrderBy(d => d.Quote).ThenBy(d => d.Start).ToEquatableArray(),
            Conflicts(members).ToEquatableArray());
    }

    // The members by their words, most printed first (ties in corpus order: no two wordings share a first quote).
    private static List<Wording> WordingsOf(List<Member> members)
    {
        var byWords = new Dictionary<string, List<Member>>(StringComparer.Ordinal);
        var wordings = new List<Wording>();
        foreach (var member in members)
        {
            if (!byWords.TryGetValue(member.WordingKey, out var same))
            {
                byWords.Add(member.WordingKey, same = new List<Member>());
                wordings.Add(new Wording(same));
            }
            same.Add(member);
        }
        wordings.Sort((x, y) => x.ArticleCount != y.ArticleCount
            ? y.ArticleCount.CompareTo(x.ArticleCount)
            : x.Members[0].Quote.Key.CompareTo(y.Members[0].Quote.Key));
        return wordings;
    }

    // The members' speakers, the most credited first (ties: the ordinal first).
    private static string[] MostCredited(List<Member> members)
    {
        var credits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var speaker in member.Quote.Signature.Speakers)
            {
                credits[speaker] = credits.TryGetValue(speaker, out int n) ? n + 1 : 1;
            }
        }
        var speakers = new string[credits.Count];
        credits.Keys.CopyTo(speakers, 0);
        Array.Sort(speakers, (x, y) => credits[x] != credits[y] ? credits[y].CompareTo(credits[x]) : string.CompareOrdinal(x, y));
        return speakers;
    }

    // Each speaker's credits in the whole statement and in each article: a quote's "others" are the
    // difference, so a statement printed by thousands of articles costs no more than it has quotes.
    private static IEnumerable<AttributionConflict> Conflicts(List<Member> members)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var byArticle = new Dictionary<int, Dictionary<string, int>>();
        foreach (var member in members)
        {
            if (!byArticle.TryGetValue(member.Quote.Article, out var credits))
            {
                byArticle.Add(member.Quote.Article, credits = new Dictionary<string, int>(StringComparer.Ordinal));
            }
            foreach (var speaker in member.Quote.Signature.Speakers)
            {
                total[speaker] = total.TryGetValue(speaker, out int n) ? n + 1 : 1;
                credits[speaker] = credits.TryGetValue(speaker, out int m) ? m + 1 : 1;
            }
        }
        var articleIds = members.Select(m => m.Quote.Key.ArticleId).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToList();
        foreach (var member in members)
        {
            var own = byArticle[member.Quote.Article];
            int Elsewhere(string speaker) => total[speaker] - (own.TryGetValue(speaker, out int n) ? n : 0);
            if (member.Quote.Signature.Speakers.Any(s => Elsewhere(s) > 0) || total.Keys.All(s => Elsewhere(s) == 0))
            {
                continue;
            }
            yield return new AttributionConflict(
                member.Quote.Key,
                total.Keys.Where(s => Elsewhere(s) > 0).OrderByDescending(Elsewhere).ThenBy(s => s, StringComparer.Ordinal).ToEquatableArray(),
                articleIds.Where(a => a != member.Quote.Key.ArticleId).ToEquatableArray());
        }
    }

    // The quote id most of its quotes carry (ties: the ordinal first); else one made from the reference words.
    private static (string Id, bool HasQuoteId) IdOf(List<Member> members, Wording reference)
    {
        // Per lower-cased id: how many quotes carry it, and the first to (whose spelling the statement takes).
        var ids = new Dictionary<string, (int Count, string First)>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (member.Quote.Signature.Id is { } quoteId)
            {
                string key = quoteId.ToLowerInvariant();
                ids[key] = ids.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.First) : (1, quoteId);
            }
        }
        string? best = null;
        foreach (var entry in ids)
        {
            if (best is null || entry.Value.Count > ids[best].Count || (entry.Value.Count == ids[best].Count && string.CompareOrdinal(entry.Key, best) < 0))
            {
                best = entry.Key;
            }
        }
        if (best is not null)
        {
            return (ids[best].First, true);
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
    private static IEnumerable<LinkedStatement> UniqueIds(IEnumerable<LinkedStatement> statements)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in statements)
        {
            string id = statement.Id;
            for (int n = 2; !used.Add(id); n++)
            {
                id = statement.Id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            yield return id == statement.Id ? statement : statement with { Id = id };
        }
    }
}

/// <summary>A quote in a statement, with the words of it that belong there.</summary>
internal sealed class Member
{
    private string? _text;

    public Member(LinkQuote quote, int from, int to, bool wholeCompound)
    {
        (Quote, From, To, WholeCompound) = (quote, from, to, wholeCompound);
        bool words = quote.Signature.Kind == QuoteKind.Direct && to - from >= StatementLinker.MinExcerptWords;
        Comparable = words;
        WordingKey = words
            ? KeyOf(quote.Words, from, to)
            : "\u0001" + QuoteText.Of(quote.Signature.Body, quote.Signature.ContentStart, quote.Signature.ContentLength);
    }

    /// <summary>
    /// The word ids <c>[from, to)</c> as one string, two characters an id after a mark no printed-text
    /// key starts with: members with equal keys print the same words.
    /// </summary>
    private static string KeyOf(int[] words, int from, int to)
    {
        var key = new char[1 + (2 * (to - from))];
        key[0] = '\u0002';
        for (int w = from; w < to; w++)
        {
            (key[1 + (2 * (w - from))], key[2 + (2 * (w - from))]) = ((char)(words[w] >> 16), (char)words[w]);
        }
        return new string(key);
    }

    public LinkQuote Quote { get; }

    public int From { get; }

    public int To { get; }

    /// <summary>A compound quote as a whole, in the statement its own links put it in.</summary>
    public bool WholeCompound { get; }

    /// <summary>Direct words that can be compared with other outlets' (not a paraphrase, not one or two words).</summary>
    public bool Comparable { get; }

    public string WordingKey { get; }

    /// <summary>The words as printed: made only for the members a statement shows (a wording's first).</summary>
    public string Text => _text ??= From == 0 && To == Quote.Words.Length || !Comparable
        ? QuoteText.Of(Quote.Signature.Body, Quote.Signature.ContentStart, Quote.Signature.ContentLength)
        : Printed(From, To);

    /// <summary>The printed characters from the first word of <c>[from, to)</c> (of the whole quote) to the last.</summary>
    public string Printed(int from, int to)
    {
        var s = Quote.Signature;
        int start = s.WordPlace(from).Start, end = s.WordPlace(to - 1).Start + s.WordPlace(to - 1).Length;
        return s.Body.Substring(s.ContentStart + start, end - start);
    }
}

/// <summary>The members of a statement that print the same words.</summary>
internal sealed class Wording
{
    public Wording(List<Member> members)
    {
        Members = members;
    }

    /// <summary>The articles that print it, by their place in corpus order (the members come in corpus order, so an article's are side by side).</summary>
    public List<int> Articles => _articles ??= ArticlesOf(Members);

    public List<Member> Members { get; }

    public int ArticleCount => Articles.Count;

    private List<int>? _articles;

    private static List<int> ArticlesOf(List<Member> members)
    {
        var articles = new List<int>();
        foreach (var member in members)
        {
            if (articles.Count == 0 || articles[articles.Count - 1] != member.Quote.Article)
            {
                articles.Add(member.Quote.Article);
            }
        }
        return articles;
    }

    public bool Comparable => Members[0].Comparable;

    public string Text => Members[0].Text;

    public int[] Words => Part(Members[0].Quote.Words);

    /// <summary>Per word of <see cref="Words"/>, true after a gap; null when there is none.</summary>
    public bool[]? Gaps => Members[0].Quote.Gaps is { } gaps ? Part(gaps) : null;

    // The first member's words of the statement, [From, To) of its quote's.
    private T[] Part<T>(T[] all)
    {
        var part = new T[Members[0].To - Members[0].From];
        Array.Copy(all, Members[0].From, part, 0, part.Length);
        return part;
    }
}
