using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>An article's front matter and name: its row of the article table. Independent of the body.</summary>
/// <param name="SourcePath">Relative to the project folder, with <c>/</c> separators.</param>
/// <param name="MemberName">Its member of <c>Articles</c>, or null past the limit of members.</param>
internal sealed record ArticleRow(
    string Id,
    string? MemberName,
    string Title,
    string? Outlet,
    CorpusDate? Published,
    string? Url,
    EquatableArray<string> Authors,
    string SourcePath);
