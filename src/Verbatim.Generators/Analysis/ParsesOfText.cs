using System;
using System.Threading;

namespace Verbatim.Generators.Analysis;

/// <summary>
/// The parses of one text, one per path it was read at: nearly always one, so a short list that
/// is only ever prepended to (readers need no lock) instead of a dictionary per corpus file.
/// </summary>
internal sealed class ParsesOfText
{
    private Node? _first;

    public ParsedCorpusFile? Find(string path) => Find(Volatile.Read(ref _first), path);

    /// <summary>The parse kept for <paramref name="path"/>: <paramref name="parsed"/>, or the one another thread kept first.</summary>
    public ParsedCorpusFile GetOrAdd(string path, ParsedCorpusFile parsed)
    {
        while (true)
        {
            var first = Volatile.Read(ref _first);
            if (Find(first, path) is { } kept)
            {
                return kept;
            }
            if (Interlocked.CompareExchange(ref _first, new Node(path, parsed, first), first) == first)
            {
                return parsed;
            }
        }
    }

    private static ParsedCorpusFile? Find(Node? first, string path)
    {
        for (var node = first; node is not null; node = node.Next)
        {
            if (string.Equals(node.Path, path, StringComparison.Ordinal))
            {
                return node.Parsed;
            }
        }
        return null;
    }

    private sealed class Node(string path, ParsedCorpusFile parsed, Node? next)
    {
        public string Path { get; } = path;

        public ParsedCorpusFile Parsed { get; } = parsed;

        public Node? Next { get; } = next;
    }
}
