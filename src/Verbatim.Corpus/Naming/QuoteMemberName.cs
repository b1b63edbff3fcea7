namespace Verbatim.Corpus.Naming;

/// <summary>The member name of one quote of an article: <paramref name="Quote"/> is its index in the article's quotes.</summary>
public readonly record struct QuoteMemberName(int Quote, MemberName Name);
