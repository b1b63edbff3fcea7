namespace Verbatim.Generators.Model;

/// <summary>An article file that takes part in the generated API: its id, the file that won the id, its member name.</summary>
/// <param name="HintName">What its generated file is called: from the member name, numbered when another
/// article's member name differs from it only in case (hint names compare case-insensitively).</param>
internal sealed record ArticleEntry(string Id, string Path, string MemberName, string HintName);
