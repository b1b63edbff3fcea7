using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Cli.Model;

/// <summary>Receives an article body as text runs and quote boundaries, nested as in the corpus.</summary>
internal interface IQuoteMarkup
{
    void Text(string text);

    void Open(QuoteSpec quote);

    void Close(QuoteSpec quote);
}

/// <summary>
/// Walks an article's body with its quotes nested as the annotations are, for formats that mark
/// quotes inline (TEI, HTML). The parser guarantees each quote lies inside its parent.
/// </summary>
internal sealed class QuoteNesting
{
    private readonly ArticleSpec _article;
    private readonly List<int>[] _children;

    public QuoteNesting(ArticleSpec article)
    {
        _article = article;
        _children = new List<int>[article.Quotes.Count + 1];
        for (int i = 0; i < _children.Length; i++)
        {
            _children[i] = new List<int>();
        }
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            _children[article.Quotes[i].Parent + 1].Add(i);
        }
    }

    /// <summary>The quotes that no other quote holds, in document order.</summary>
    public IReadOnlyList<int> TopLevel => _children[0];

    /// <summary>Writes the body from <paramref name="from"/> to <paramref name="to"/>, which no top-level quote crosses.</summary>
    public void Write(int from, int to, IQuoteMarkup markup)
    {
        int position = from;
        foreach (int index in TopLevel)
        {
            var quote = _article.Quotes[index];
            if (quote.Start >= from && quote.Start + quote.Length <= to)
            {
                position = WriteQuote(index, position, markup);
            }
        }
        WriteText(position, to, markup);
    }

    private int WriteQuote(int index, int position, IQuoteMarkup markup)
    {
        var quote = _article.Quotes[index];
        WriteText(position, quote.Start, markup);
        markup.Open(quote);
        int inside = quote.Start;
        foreach (int child in _children[index + 1])
        {
            inside = WriteQuote(child, inside, markup);
        }
        int end = quote.Start + quote.Length;
        WriteText(inside, end, markup);
        markup.Close(quote);
        return end;
    }

    private void WriteText(int from, int to, IQuoteMarkup markup)
    {
        if (to > from)
        {
            markup.Text(_article.Body.Substring(from, to - from));
        }
    }
}
