using System;
using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Naming;

/// <summary>
/// Which id gets which member in each class of the generated API: <c>Articles</c>, <c>Speakers</c>,
/// <c>Statements</c> and each article's own class. The generator's builders and the analyzer's VQ0005 both ask here, so what
/// the analyzer reports is what the generator emits.
/// </summary>
public static class ClassMembers
{
    private static readonly string[] s_reservedInStatements = { "All", "Statements" };

    /// <summary>The members of <c>Articles</c>, for the kept article ids given in ordinal order.</summary>
    public static EquatableArray<MemberName> OfArticles(IEnumerable<string> ids) =>
        MemberNames.Assign(ids, MemberNames.ReservedInArticles, MemberLimits.MaxArticleMembers);

    /// <summary>The members of <c>Speakers</c>, for the merged speaker ids given in ordinal order.</summary>
    public static EquatableArray<MemberName> OfSpeakers(IEnumerable<string> ids) =>
        MemberNames.Assign(ids, MemberNames.ReservedInSpeakers, MemberLimits.MaxSpeakerMembers);

    /// <summary>The members of <c>Statements</c>, for the ids of the statements that have a quote id, given in ordinal order.</summary>
    public static EquatableArray<MemberName> OfStatements(IEnumerable<string> ids) =>
        MemberNames.Assign(ids, s_reservedInStatements, MemberLimits.MaxStatementMembers);

    /// <summary>The class of an article whose member of <c>Articles</c> is <paramref name="articleMemberName"/>: <c>&lt;Member&gt;Article</c>.</summary>
    public static string ArticleClassName(string articleMemberName) => articleMemberName + "Article";

    /// <summary>
    /// The members of the class of <paramref name="article"/> (its member of <c>Articles</c> is
    /// <paramref name="articleMemberName"/>), one per quote with an id, in the order they are named: ids in
    /// ordinal order, so a name does not depend on where a quote sits, and quotes sharing an id in document
    /// order. Past <see cref="MemberLimits.MaxQuoteMembersPerArticle"/> the last in that order get none.
    /// </summary>
    public static EquatableArray<QuoteMemberName> OfQuotes(ArticleSpec article, string articleMemberName)
    {
        var quotes = Enumerable.Range(0, article.Quotes.Count)
            .Where(i => article.Quotes[i].Id is not null)
            .OrderBy(i => article.Quotes[i].Id, StringComparer.Ordinal)
            .ToArray();
        var names = MemberNames.Assign(
            quotes.Select(i => article.Quotes[i].Id!),
            MemberNames.ReservedInArticleClass(ArticleClassName(articleMemberName)),
            MemberLimits.MaxQuoteMembersPerArticle);
        var named = new QuoteMemberName[quotes.Length];
        for (int i = 0; i < named.Length; i++)
        {
            named[i] = new QuoteMemberName(quotes[i], names[i]);
        }
        return new EquatableArray<QuoteMemberName>(named);
    }
}
