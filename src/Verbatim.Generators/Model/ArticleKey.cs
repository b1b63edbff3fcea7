namespace Verbatim.Generators.Model;

/// <summary>What naming the articles needs of one file: it stays equal while only the body changes.</summary>
internal sealed record ArticleKey(string Id, string Path);
