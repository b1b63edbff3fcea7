using Verbatim.Corpus.Statements;
using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Sample.Tests;

/// <summary>The sample corpus read by the corpus library: clean, fully attributed, and as annotated.</summary>
public class SampleCorpusTests
{
    [Fact]
    public void The_corpus_has_no_diagnostic_at_all()
    {
        var diagnostics = SampleCorpusFiles.Corpus.Diagnostics
            .Select(d => $"{d.Path}({d.Span.StartLine + 1},{d.Span.StartColumn + 1}): {d.Id} {d.Message}");

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Every_quote_names_only_defined_speakers()
    {
        var undefined =
            from article in SampleCorpusFiles.Corpus.Articles
            from quote in article.Quotes
            from speaker in quote.Speakers
            where SampleCorpusFiles.Corpus.Speakers.IndexOf(speaker.Id) < 0
            select $"{article.Id} line {quote.Line}: {speaker.Id}";

        undefined.ShouldBeEmpty();
    }

    [Fact]
    public void Every_quote_is_its_slice_of_the_body()
    {
        foreach (var article in SampleCorpusFiles.Corpus.Articles)
        {
            foreach (var quote in article.Quotes)
            {
                var content = article.Body.Substring(quote.Start, quote.Length);
                QuoteMarks.StripOnePair(content.Trim()).Trim().ShouldBe(quote.Text, $"{article.Id} line {quote.Line}");
                quote.Text.ShouldNotBeEmpty();
            }
        }
    }

    [Fact]
    public void Nested_quotes_lie_inside_their_parent()
    {
        foreach (var article in SampleCorpusFiles.Corpus.Articles)
        {
            foreach (var quote in article.Quotes.Where(q => q.Parent >= 0))
            {
                var parent = article.Quotes[quote.Parent];
                quote.Start.ShouldBeGreaterThanOrEqualTo(parent.Start);
                (quote.Start + quote.Length).ShouldBeLessThanOrEqualTo(parent.Start + parent.Length);
            }
        }
    }

    [Fact]
    public void Each_article_holds_the_quotes_annotated()
    {
        var counts = SampleCorpusFiles.Corpus.Articles.ToDictionary(
            a => a.Id,
            a => new ArticleCounts(
                a.Quotes.Count,
                a.Quotes.SelectMany(q => q.Speakers).Select(s => s.Id).Distinct().Count(),
                a.Quotes.Count(q => q.Kind == QuoteKind.Indirect),
                a.Quotes.Count(q => q.Parent >= 0),
                a.Quotes.Count(q => q.Id is not null)));

        counts.ShouldBe(new Dictionary<string, ArticleCounts>
        {
            ["anj-putin-tillerson-kremlin"] = new(Quotes: 31, Speakers: 4, Indirect: 13, Nested: 2, WithId: 10),
            ["guardian-us-russia-relations-low"] = new(Quotes: 45, Speakers: 10, Indirect: 15, Nested: 4, WithId: 8),
            ["nymag-tillerson-low-point"] = new(Quotes: 15, Speakers: 4, Indirect: 6, Nested: 0, WithId: 6),
            ["nyt-tillerson-putin"] = new(Quotes: 37, Speakers: 10, Indirect: 12, Nested: 3, WithId: 5),
            ["unknown-outlet-tillerson-low-point"] = new(Quotes: 30, Speakers: 12, Indirect: 11, Nested: 2, WithId: 2),
        }, ignoreOrder: true);
    }

    [Fact]
    public void Statements_quoted_by_several_articles_are_linked_by_their_words_and_share_ids_only_where_words_cannot_link()
    {
        var statements = SampleCorpusFiles.Corpus.Statements.ToDictionary(s => s.Id, s => s.Quotes.Select(q => q.ArticleId).Distinct().Count());
        var shared = SampleCorpusFiles.Corpus.Articles
            .SelectMany(a => a.Quotes.Where(q => q.Id is not null).Select(q => q.Id!))
            .GroupBy(id => id)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        statements["low-trust"].ShouldBe(5);
        statements["nuclear-powers"].ShouldBe(5);
        statements["trust-degraded"].ShouldBe(3);
        statements["working-group"].ShouldBe(4);
        new[] { "assad-reign", "no-agreement", "no-firm-information", "unlawful-attack" }.ShouldAllBe(id => statements[id] == 2);
        // Another translation, another sentence of the occasion, a paraphrase: only an id links them.
        shared.ShouldBe(new[]
        {
            "conclusive-facts", "diverge", "low-point", "meeting-unlikely", "mindful", "not-one-person",
            "objective-investigation", "strike-warning", "trust-degraded", "un-probe", "working-group",
        }, ignoreOrder: true);
    }

    [Fact]
    public void The_registry_holds_the_speakers_of_several_articles_and_only_those()
    {
        var registry = SampleCorpusFiles.Corpus.Speakers.Speakers
            .Where(s => s.Path == "corpus.speakers.yaml")
            .Select(s => s.Id);
        var quotedBySeveral = SampleCorpusFiles.Corpus.Articles
            .SelectMany(a => a.Quotes.SelectMany(q => q.Speakers).Select(s => s.Id).Distinct().Select(id => (id, a.Id)))
            .GroupBy(pair => pair.id)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        registry.ShouldBe(quotedBySeveral, ignoreOrder: true);
    }

    private sealed record ArticleCounts(int Quotes, int Speakers, int Indirect, int Nested, int WithId);
}
