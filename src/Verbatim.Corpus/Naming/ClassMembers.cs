using System;
using System.Collections.Generic;
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
        // Counted, then filled: every article's quotes are named, and a growing list copied itself for most.
        int withIds = 0;
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            withIds += article.Quotes[i].Id is null ? 0 : 1;
        }
        if (withIds == 0)
        {
            return EquatableArray<QuoteMemberName>.Empty;
        }
        var quotes = new int[withIds];
        for (int i = 0, next = 0; next < quotes.Length; i++)
        {
            if (article.Quotes[i].Id is not null)
            {
                quotes[next++] = i;
            }
        }
        // By id, then by position: the order a stable sort by id gives.
        Array.Sort(quotes, (left, right) => string.CompareOrdinal(article.Quotes[left].Id, article.Quotes[right].Id) is var byId and not 0 ? byId : left - right);
        var ids = new string[quotes.Length];
        for (int i = 0; i < quotes.Length; i++)
        {
            ids[i] = article.Quotes[quotes[i]].Id!;
        }
        var names = MemberNames.AssignInArticleClass(ids, ArticleClassName(articleMemberName), MemberLimits.MaxQuoteMembersPerArticle);
        var named = new QuoteMemberName[quotes.Length];
        for (int i = 0; i < named.Length; i++)
        {
            named[i] = new QuoteMemberName(quotes[i], names[i]);
        }
        return new EquatableArray<QuoteMemberName>(named);
    }
}
