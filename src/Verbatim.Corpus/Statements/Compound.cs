using System;
using System.Collections.Generic;
using System.Linq;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Quotes that span several statements. A container's excerpts are sorted by the statement they
/// already belong to; excerpts of different statements that overlap in the container are one
/// statement after all, and so are excerpts of one sentence of the container (an outlet that split
/// a sentence around "he said"); so is the container when one statement is left. When several are
/// left, sentences apart, the container is a compound quote: it belongs to each of them and does
/// not join them into one.
/// </summary>
internal sealed class Compound
{
    private readonly Dictionary<int, List<Part>> _parts = new();

    /// <summary>A part of a compound group's words and a node of the statement it belongs to.</summary>
    public readonly record struct Part(int Node, int From, int To);

    public static Compound Find(IEnumerable<WordLink> excerptLinks, List<QuoteGroup> groups, UnionFind sets)
    {
        var compound = new Compound();
        var unions = new List<(int, int)>();
        foreach (var container in excerptLinks.GroupBy(l => l.Container).OrderBy(g => g.Key))
        {
            // Regions by the statement (root) their excerpt is in before this step, each root's span merged.
            var spans = container
                .GroupBy(l => sets.Find(l.Excerpt))
                .Select(byRoot => (Nodes: byRoot.Select(l => l.Excerpt).ToList(), From: byRoot.Min(l => l.From), To: byRoot.Max(l => l.To)))
                .OrderBy(s => s.From).ThenBy(s => s.To).ThenBy(s => s.Nodes[0])
                .ToList();
            var clusters = new List<(List<int> Nodes, int From, int To)>();
            var words = groups[container.Key].First.Signature;
            foreach (var span in spans)
            {
                if (clusters.Count > 0 && clusters[clusters.Count - 1] is var last
                    && (Math.Min(last.To, span.To) - span.From >= 2 || !SentenceBreakBefore(words, Math.Max(span.From, 1))))
                {
                    last.Nodes.AddRange(span.Nodes);
                    clusters[clusters.Count - 1] = (last.Nodes, last.From, Math.Max(last.To, span.To));
                }
                else
                {
                    clusters.Add((new List<int>(span.Nodes), span.From, span.To));
                }
            }
            if (clusters.Count == 1)
            {
                unions.AddRange(clusters[0].Nodes.Select(node => (container.Key, node)));
                continue;
            }
            var parts = new List<Part>();
            foreach (var cluster in clusters)
            {
                unions.AddRange(cluster.Nodes.Skip(1).Select(node => (cluster.Nodes[0], node)));
                parts.Add(new Part(cluster.Nodes[0], cluster.From, cluster.To));
            }
            compound._parts.Add(container.Key, parts);
        }
        foreach (var (first, second) in unions)
        {
            sets.Union(first, second);
        }
        return compound;
    }

    /// <summary>
    /// True when a sentence ends before word <paramref name="word"/> of the quote: '.', '!', '?',
    /// '…', ';' or ':' between it and the word before, or no mark at all and a capital (a full stop
    /// the outlet dropped). A comma or a dash between them continues the sentence.
    /// </summary>
    private static bool SentenceBreakBefore(QuoteSignature quote, int word)
    {
        if (word >= quote.Words.Count)
        {
            return true;
        }
        int from = quote.WordPlace(word - 1).Start + quote.WordPlace(word - 1).Length, to = quote.WordPlace(word).Start;
        bool marks = false;
        for (int i = from; i < to; i++)
        {
            char c = quote.ContentAt(i);
            if (c is '.' or '!' or '?' or '…' or ';' or ':')
            {
                return true;
            }
            marks |= !char.IsWhiteSpace(c);
        }
        return !marks && to < quote.ContentLength && char.IsUpper(quote.ContentAt(to));
    }

    public bool IsCompound(int group) => _parts.ContainsKey(group);

    public IReadOnlyList<Part> PartsOf(int group) => _parts.TryGetValue(group, out var parts) ? parts : Array.Empty<Part>();

    /// <summary>The statement (root) the words <c>[from, to)</c> of <paramref name="container"/> belong to.</summary>
    public int StatementAt(int container, int from, int to, UnionFind sets)
    {
        if (!_parts.TryGetValue(container, out var parts))
        {
            return sets.Find(container);
        }
        var best = parts.OrderByDescending(p => Math.Min(p.To, to) - Math.Max(p.From, from)).First();
        return Math.Min(best.To, to) - Math.Max(best.From, from) > 0 ? sets.Find(best.Node) : sets.Find(container);
    }
}
