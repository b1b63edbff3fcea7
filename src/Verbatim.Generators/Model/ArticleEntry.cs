namespace Verbatim.Generators.Model;

/// <summary>An article file that takes part in the generated API: its id, the file that won the id, its member name.</summary>
/// <param name="MemberName">Its member of <c>Articles</c>, or null past <c>MemberLimits.MaxArticleMembers</c>.</param>
/// <param name="HintName">What its generated file is called: from the member name, numbered when another
/// article's member name differs from it only in case (hint names compare case-insensitively).</param>
/// <param name="BodyGetter">The name of its body's getter, unique among all articles.</param>
internal sealed record ArticleEntry(string Id, string Path, string? MemberName, string HintName, string BodyGetter);
