using System;
using System.Collections.Generic;

namespace Verbatim.Corpus.Statements;

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

    // The first member's words of the statement, [From, To) of its quote's: the quote's own array when that is all of it (no one writes to either).
    private T[] Part<T>(T[] all)
    {
        if (Members[0].From == 0 && Members[0].To == all.Length)
        {
            return all;
        }
        var part = new T[Members[0].To - Members[0].From];
        Array.Copy(all, Members[0].From, part, 0, part.Length);
        return part;
    }
}
