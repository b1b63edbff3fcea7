using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>Builds small corpora for the linking tests: each article is a body with annotations.</summary>
internal static class Linking
{
    public const string Speakers = "tillerson: { name: Rex Tillerson }\nlavrov: { name: Sergey Lavrov }\nputin: { name: Vladimir Putin }\nspicer: { name: Sean Spicer }\n";

    public static ResolvedCorpus Corpus(params (string Id, string Body)[] articles) =>
        CorpusResolver.Resolve(
            new[] { RegistryParser.Parse("people.speakers.yaml", Speakers) },
            articles.Select(a => ArticleParser.Parse($"articles/{a.Id}.article.md", $"---\ntitle: {a.Id}\n---\n{a.Body}\n")));

    public static EquatableArray<LinkedStatement> Link(params (string Id, string Body)[] articles) =>
        Corpus(articles).Statements;

    /// <summary>Each statement as its quotes, "article:index", in corpus order.</summary>
    public static string[][] Shape(EquatableArray<LinkedStatement> statements) =>
        statements.Select(s => s.Quotes.Select(q => $"{q.ArticleId}:{q.Index}").ToArray()).ToArray();
}
