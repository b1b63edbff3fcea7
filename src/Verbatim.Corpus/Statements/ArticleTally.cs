namespace Verbatim.Corpus.Statements;

/// <summary>
/// Counts distinct articles over several lists of them without a set per count: each article
/// remembers the last tally that saw it. One array for a run's articles, reused by every tally.
/// </summary>
internal sealed class ArticleTally
{
    private readonly int[] _seenBy;
    private int _tally;

    public ArticleTally(int articleCount)
    {
        _seenBy = new int[articleCount];
    }

    /// <summary>Starts a new count: no article is seen yet.</summary>
    public void Start() => _tally++;

    /// <summary>Sees <paramref name="articles"/> (article places in corpus order); returns how many were not seen yet in this count.</summary>
    public int Add(System.Collections.Generic.List<int> articles)
    {
        int added = 0;
        foreach (int article in articles)
        {
            if (_seenBy[article] != _tally)
            {
                _seenBy[article] = _tally;
                added++;
            }
        }
        return added;
    }
}
