using System.Collections.Generic;

namespace Verbatim.Corpus.Parsing.Yaml;

internal enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>
/// One node of a YAML document with its place in the corpus file: the little tree the front
/// matter and registry readers walk, built without anchors, aliases or tags.
/// </summary>
internal sealed class YamlNode
{
    public YamlNode(YamlNodeKind kind, string? value, int start, int end)
    {
        Kind = kind;
        Value = value;
        Start = start;
        End = end;
    }

    public YamlNodeKind Kind { get; }

    /// <summary>A scalar's text; null for a null scalar (nothing, <c>~</c>, <c>null</c>) and for collections.</summary>
    public string? Value { get; }

    /// <summary>Offset of the node's first character in the corpus file.</summary>
    public int Start { get; }

    /// <summary>Offset just past the node in the corpus file.</summary>
    public int End { get; set; }

    public int Length => End - Start;

    /// <summary>True for a collection written in brackets or braces.</summary>
    public bool IsFlow { get; init; }

    // Null until the first child: most nodes are scalars, and every front matter is read.
    private List<YamlNode>? _children;

    /// <summary>A sequence's items, or a mapping's keys and values alternating.</summary>
    public IReadOnlyList<YamlNode> Children => (IReadOnlyList<YamlNode>?)_children ?? System.Array.Empty<YamlNode>();

    /// <summary>How many key and value pairs a mapping has.</summary>
    public int PairCount => Children.Count / 2;

    public YamlNode KeyAt(int pair) => _children![2 * pair];

    public YamlNode ValueAt(int pair) => _children![(2 * pair) + 1];

    public void Add(YamlNode child) => (_children ??= new List<YamlNode>()).Add(child);
}
