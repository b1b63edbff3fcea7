using System;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>A quote of the corpus: its article's id and its place in that article's quotes.</summary>
public readonly record struct QuoteKey(string ArticleId, int Index) : IComparable<QuoteKey>
{
    /// <summary>Corpus order: by article id (ordinal), then document order.</summary>
    public int CompareTo(QuoteKey other)
    {
        int byArticle = string.CompareOrdinal(ArticleId, other.ArticleId);
        return byArticle != 0 ? byArticle : Index.CompareTo(other.Index);
    }
}

/// <summary>One wording of a statement: the words as some outlets print them, and their quotes.</summary>
/// <param name="Text">The words as the first of <paramref name="Quotes"/> prints them (from its first word to its last).</param>
/// <param name="Quotes">The quotes that print this wording, in corpus order.</param>
/// <param name="ArticleCount">How many articles print it.</param>
public sealed record StatementWordingSpec(string Text, EquatableArray<QuoteKey> Quotes, int ArticleCount);

/// <summary>
/// A place where a quote's words differ from what the other outlets print there.
/// </summary>
/// <param name="Quote">The quote.</param>
/// <param name="Start">Offset of the differing words in the quote's content (<c>Body.Substring(Start, Length)</c> of the quote).</param>
/// <param name="Length">Length of the differing words (with one word beside them when the quote dropped words).</param>
/// <param name="Printed">What the quote prints there, from the word before the difference.</param>
/// <param name="Expected">What the most outlets print there (the statement's own text there when they split evenly), from the word before.</param>
/// <param name="ExpectedCount">How many articles print <paramref name="Expected"/>.</param>
/// <param name="CoveringCount">How many articles print this part of the statement at all.</param>
/// <param name="IsMisquote">True when more articles print <paramref name="Expected"/> than any other words there.</param>
public sealed record WordDifference(
    QuoteKey Quote, int Start, int Length, string Printed, string Expected, int ExpectedCount, int CoveringCount, bool IsMisquote);

/// <summary>A quote credited to speakers none of whom the other articles credit with the statement.</summary>
/// <param name="Quote">The quote.</param>
/// <param name="OtherSpeakers">The speakers the other articles credit, most credited first (ties by id).</param>
/// <param name="OtherArticles">The other articles' ids, ordinal order.</param>
public sealed record AttributionConflict(QuoteKey Quote, EquatableArray<string> OtherSpeakers, EquatableArray<string> OtherArticles);

/// <summary>
/// One statement: quotes in at least two articles that report the same words.
/// </summary>
/// <param name="Id">The quote id its quotes share, or a stable id derived from its words (<c>s-</c> and 8 hex digits).</param>
/// <param name="HasQuoteId">True when <paramref name="Id"/> is a quote id.</param>
/// <param name="Text">The wording most articles print (on a tie, the first tied wording in corpus order).</param>
/// <param name="Quotes">Every quote of the statement, in corpus order.</param>
/// <param name="Wordings">The distinct wordings, most printed first (ties in corpus order).</param>
/// <param name="Speakers">The speakers its quotes are credited to, lower-cased ids, most credited first.</param>
/// <param name="Differences">Where quotes differ from the others, in corpus order of the quotes.</param>
/// <param name="Conflicts">Quotes whose speakers share no one with the other articles'.</param>
public sealed record LinkedStatement(
    string Id,
    bool HasQuoteId,
    string Text,
    EquatableArray<QuoteKey> Quotes,
    EquatableArray<StatementWordingSpec> Wordings,
    EquatableArray<string> Speakers,
    EquatableArray<WordDifference> Differences,
    EquatableArray<AttributionConflict> Conflicts);
