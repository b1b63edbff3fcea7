// Emitted into Verbatim.StatementTypes.g.cs (see RuntimeSource), a top-level "public" taking the
// generated API's visibility: the statement types, the same for every corpus.

/// <summary>One statement: quotes in two or more articles that report the same words (see docs/statements.md).</summary>
public sealed class Statement
{
    internal Statement(string id, string text, global::System.Collections.Generic.IReadOnlyList<StatementWording> wordings, global::System.Collections.Generic.IReadOnlyList<Quote> quotes)
    {
        Id = id;
        Text = text;
        Wordings = wordings;
        Quotes = quotes;
        var articles = new global::System.Collections.Generic.List<Article>();
        var speakers = new global::System.Collections.Generic.List<Speaker>();
        foreach (var quote in quotes)
        {
            if (!articles.Contains(quote.Article))
            {
                articles.Add(quote.Article);
            }
            foreach (var speaker in quote.Speakers)
            {
                if (!speakers.Contains(speaker))
                {
                    speakers.Add(speaker);
                }
            }
        }
        Articles = VerbatimData.ReadOnly(articles.ToArray());
        Speakers = VerbatimData.ReadOnly(speakers.ToArray());
    }

    /// <summary>The quote id its quotes share, else a stable id made from its words (<c>s-</c> and 8 hex digits).</summary>
    public string Id { get; }

    /// <summary>The wording most outlets print (when they split evenly, the first of the tied wordings in corpus order).</summary>
    public string Text { get; }

    /// <summary>Every quote of the statement, in the order of <c>Articles.All</c>, then document order.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The articles that quote it, in the order of <c>Articles.All</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Article> Articles { get; }

    /// <summary>The speakers its quotes are credited to, in the order first credited.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Speaker> Speakers { get; }

    /// <summary>The distinct wordings, the most printed first.</summary>
    public global::System.Collections.Generic.IReadOnlyList<StatementWording> Wordings { get; }

    /// <summary>Returns the text.</summary>
    public override string ToString() => Text;
}

/// <summary>One wording of a statement: the words as some outlets print them.</summary>
public sealed class StatementWording
{
    internal StatementWording(string text, global::System.Collections.Generic.IReadOnlyList<Quote> quotes)
    {
        Text = text;
        Quotes = quotes;
    }

    /// <summary>The words, as the first of its quotes prints them.</summary>
    public string Text { get; }

    /// <summary>The quotes that print this wording, in corpus order.</summary>
    public global::System.Collections.Generic.IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Returns the text.</summary>
    public override string ToString() => Text;
}
