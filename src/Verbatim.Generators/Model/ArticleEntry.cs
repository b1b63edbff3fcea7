namespace Verbatim.Generators.Model;

/// <summary>An article file that takes part in the generated API: its id, the file that won the id, its member name.</summary>
/// <param name="MemberName">Its member of <c>Articles</c>, or null past <c>MemberLimits.MaxArticleMembers</c>.</param>
internal sealed record ArticleEntry(string Id, string Path, string? MemberName);
