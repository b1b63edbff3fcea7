using System.Linq;
using System.Text.Json;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.CorpusSynth;

namespace Verbatim.Benchmarks.Walk;

/// <summary>Turns a corpus into the JSON document of <see cref="CorpusJson"/>, through Verbatim's own parser.</summary>
internal static class CorpusJsonWriter
{
    public static byte[] ToUtf8(SyntheticCorpus corpus)
    {
        var registry = RegistryParser.Parse(corpus.Registry.Path, corpus.Registry.Text);
        var articles = corpus.Articles.Select(file => ArticleParser.Parse(file.Path, file.Text));
        var resolved = CorpusResolver.Resolve(new[] { registry }, articles);

        var json = new CorpusJson(
            resolved.Speakers.Speakers.Select(Speaker).ToArray(),
            resolved.Articles.Select(Article).ToArray());
        return JsonSerializer.SerializeToUtf8Bytes(json, CorpusJsonContext.Default.CorpusJson);
    }

    private static SpeakerJson Speaker(SpeakerSpec speaker) =>
        new(speaker.Id, speaker.Name, speaker.Role, speaker.Organization, speaker.Kind.ToString(), speaker.Aliases.ToArray());

    private static ArticleJson Article(ArticleSpec article) =>
        new(article.Id, article.Title, article.Outlet, article.Published?.ToString(), article.Url, article.Authors.ToArray(),
            article.Body, article.Path, article.Quotes.Select(Quote).ToArray());

    private static QuoteJson Quote(QuoteSpec quote) =>
        new(quote.Id, quote.Speakers.Select(speaker => speaker.Id).ToArray(), quote.Text, quote.Kind.ToString(),
            quote.Start, quote.Length, quote.Parent, quote.Line);
}
