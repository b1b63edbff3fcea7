namespace Verbatim.Generators.Tests.Analysis;

/// <summary>Small corpus files the analyzer tests share.</summary>
internal static class Corpora
{
    public const string RegistryPath = "corpus/people.speakers.yaml";

    /// <summary>Defines tillerson (with aliases) and putin.</summary>
    public const string Registry = """
        tillerson:
          name: Rex W. Tillerson
          aliases: [Mr. Tillerson]
        putin:
          name: Vladimir V. Putin
        """;

    /// <summary>An article with front matter <paramref name="frontMatter"/> (title included by the caller) and body <paramref name="body"/>.</summary>
    public static string Article(string frontMatter, string body) => $"---\n{frontMatter}\n---\n{body}\n";

    /// <summary>An article titled "Meeting" with body <paramref name="body"/>.</summary>
    public static string Article(string body) => Article("title: Meeting", body);

    /// <summary>A body that quotes both registry speakers, so they raise no VQ0006.</summary>
    public const string QuotesBoth = "{@tillerson “Trust is low.”} {@putin “We met.”}";
}
