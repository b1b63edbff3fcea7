namespace Verbatim.Corpus.Naming;

/// <summary>
/// The most members one class of the generated API gets (docs/generated-api.md). Past a limit, the
/// later ids in ordinal order get no member (VQ0005) and stay reachable through the class's list.
/// The CLR refuses a type of more than 65,535 methods, and each member is one getter.
/// </summary>
public static class MemberLimits
{
    /// <summary>
    /// The most quote members one article class (<c>&lt;Member&gt;Article</c>) gets; the quotes past it stay in
    /// <c>Quotes</c>. The class has about twenty more methods, so this keeps it far below the CLR's limit, and keeps
    /// a class that an editor lists in completion to a size a reader can still use.
    /// </summary>
    public const int MaxQuoteMembersPerArticle = 10_000;

    /// <summary>The most speaker members <c>Speakers</c> gets; the speakers past it stay in <c>Speakers.All</c>.</summary>
    public const int MaxSpeakerMembers = 50_000;

    /// <summary>
    /// The most article members <c>Articles</c> gets; the articles past it stay in <c>Articles.All</c>, with no
    /// class of their own (the bodies' getters are spread over other classes).
    /// </summary>
    public const int MaxArticleMembers = 50_000;

    /// <summary>The most statement members <c>Statements</c> gets; the statements past it stay in <c>Statements.All</c>.</summary>
    public const int MaxStatementMembers = 50_000;
}
