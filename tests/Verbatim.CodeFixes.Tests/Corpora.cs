namespace Verbatim.CodeFixes.Tests;

/// <summary>Small corpus files the code fix tests share.</summary>
internal static class Corpora
{
    public const string RegistryPath = "corpus/people.speakers.yaml";
    public const string ArticlePath = "corpus/a.article.md";

    public const string Registry = "tillerson:\n  name: Rex W. Tillerson\nputin:\n  name: Vladimir V. Putin\n";

    /// <summary>A body that quotes both registry speakers, so they raise no VQ0006.</summary>
    public const string QuotesBoth = "{@tillerson “Trust is low.”} {@putin “We met.”}";

    public static string Article(string frontMatter, string body) => $"---\n{frontMatter}\n---\n{body}\n";
}
