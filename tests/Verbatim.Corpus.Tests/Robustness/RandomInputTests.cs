using CsCheck;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;

namespace Verbatim.Corpus.Tests.Robustness;

/// <summary>
/// Random articles and registries built from the format's own pieces: none throws, and every
/// quote keeps the invariants of docs/generated-api.md.
/// </summary>
public class RandomInputTests
{
    private static readonly Gen<string> s_articles = Gen.OneOf(
            "{@", "}", "\\", "{", "@", "a", "b1", " ", ",", "#", ":", "indirect", "direct", "“", "”", "'", "\"", "\n", "\r", "\r\n",
            "---\n", "---", "title: x\n", "id: ", "speakers:\n  a: { name: A }\n", "\uFEFF", "&x ", "*x", "\t", "é", "\u2028")
        .Array[0, 60]
        .Select(parts => string.Concat(parts));

    private static readonly Gen<string> s_registries = Gen.OneOf(
            "a", "b", ":", " ", "\n", "  ", "name", "role", "kind", "aliases", "person", "robot", "[", "]", "{", "}", ",", "- ",
            "'", "\"", "#", "&a", "*a", "!!str", "---", "~", "\r\n")
        .Array[0, 40]
        .Select(parts => string.Concat(parts));

    [Fact]
    public void Random_articles_never_throw_and_keep_the_invariants() =>
        s_articles.Sample(text =>
        {
            var article = ArticleParser.Parse("r.article.md", text).Article;
            for (int i = 0; i < article.Quotes.Count; i++)
            {
                var quote = article.Quotes[i];
                (quote.Start + quote.Length).ShouldBeLessThanOrEqualTo(article.Body.Length);
                quote.Text.ShouldBe(QuoteText.Of(article.Body, quote.Start, quote.Length));
                quote.Parent.ShouldBeLessThan(i);
                quote.Speakers.ShouldNotBeEmpty();
                if (quote.Parent >= 0)
                {
                    var parent = article.Quotes[quote.Parent];
                    quote.Start.ShouldBeGreaterThanOrEqualTo(parent.Start);
                    (quote.Start + quote.Length).ShouldBeLessThanOrEqualTo(parent.Start + parent.Length);
                }
            }
        }, iter: 20_000);

    [Fact]
    public void Random_registries_never_throw() =>
        s_registries.Sample(text =>
        {
            var result = RegistryParser.Parse("r.speakers.yaml", text);
            foreach (var d in result.Diagnostics)
            {
                (d.Span.Start + d.Span.Length).ShouldBeLessThanOrEqualTo(text.Length);
            }
        }, iter: 20_000);

    [Fact]
    public void Random_corpora_resolve_the_same_whatever_the_order() =>
        Gen.Select(s_registries, s_articles.Array[1, 4]).Sample((registry, articles) =>
        {
            var registries = new[] { RegistryParser.Parse("r.speakers.yaml", registry) };
            var parsed = articles.Select((text, i) => ArticleParser.Parse($"d{i % 2}/a{i}.article.md", text)).ToArray();
            CorpusResolver.Resolve(registries, parsed.Reverse()).ShouldBe(CorpusResolver.Resolve(registries, parsed));
        }, iter: 2_000);
}
