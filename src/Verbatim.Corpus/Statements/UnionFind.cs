namespace Verbatim.Corpus.Statements;

/// <summary>Disjoint sets over 0..n-1; the smaller index is the root, so results never depend on the order of unions.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (int i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    /// <summary>How many nodes there are.</summary>
    public int Count => _parent.Length;

    public int Find(int node)
    {
        int root = node;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }
        while (_parent[node] != root)
        {
            (node, _parent[node]) = (_parent[node], root);
        }
        return root;
    }

    public void Union(int first, int second)
    {
        int a = Find(first), b = Find(second);
        if (a < b)
        {
            _parent[b] = a;
        }
        else if (b < a)
        {
            _parent[a] = b;
        }
    }
}
