using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.Corpus.Statements;
using Verbatim.CorpusSynth;

namespace Verbatim.CorpusSynth.Tests;

/// <summary>
/// The news-like corpus: the harsh corpus' shape, but quotes that are nearly all one article's
/// own and a minority of statements printed by two to five outlets in the ways outlets print them.
/// </summary>
public class NewsLikeCorpusTests
{
    private static readonly SyntheticCorpus Corpus = CorpusSynthesizer.CreateNewsLike(120);
    private static readonly ArticleParseResult[] Articles =
        Corpus.Articles.Select(file => ArticleParser.Parse(file.Path, file.Text)).ToArray();
    private static readonly ResolvedCorpus Resolved =
        CorpusResolver.Resolve(new[] { RegistryParser.Parse(Corpus.Registry.Path, Corpus.Registry.Text) }, Articles);

    [Fact]
    public void The_same_seed_and_size_give_the_same_files_and_a_smaller_corpus_is_the_start_of_a_larger_one()
    {
        CorpusSynthesizer.CreateNewsLike(30).Files.ShouldBe(CorpusSynthesizer.CreateNewsLike(30).Files);
        CorpusSynthesizer.CreateNewsLike(40).Articles.Take(13).ShouldBe(CorpusSynthesizer.CreateNewsLike(13).Articles);
        CorpusSynthesizer.CreateNewsLike(5, seed: 2).Articles[0].Text.ShouldNotBe(CorpusSynthesizer.CreateNewsLike(5, seed: 1).Articles[0].Text);
    }

    [Fact]
    public void It_is_not_the_harsh_corpus_but_has_its_registry_and_size()
    {
        var harsh = CorpusSynthesizer.Create(120);

        Corpus.Registry.ShouldBe(harsh.Registry);
        Corpus.Articles.Select(a => a.Path).ShouldBe(harsh.Articles.Select(a => a.Path));
        Corpus.Articles[0].Text.ShouldNotBe(harsh.Articles[0].Text);
        foreach (var article in Articles)
        {
            article.Diagnostics.ShouldBeEmpty(article.Article.Path);
            article.Article.Quotes.Count.ShouldBeInRange(10, 24, article.Article.Path);
            int body = article.Article.Body.Length;
            body.ShouldBeInRange(5_000, 9_000, article.Article.Path);
        }
    }

    [Fact]
    public void Most_quotes_share_no_three_word_run_with_another_article()
    {
        var signatures = Resolved.Articles.Select(Signatures.Of).ToList();
        var articlesOfShingle = new Dictionary<string, HashSet<string>>();
        foreach (var (article, quote) in DirectQuotes(signatures))
        {
            foreach (string shingle in Shingles(quote))
            {
                if (!articlesOfShingle.TryGetValue(shingle, out var articles))
                {
                    articlesOfShingle.Add(shingle, articles = new HashSet<string>());
                }
                articles.Add(article);
            }
        }

        // A quote that holds another is the harsh corpus' form ("…, and we heard ‘…’ from Ms. Novak"): its frame repeats.
        var direct = DirectQuotes(signatures).Where(q => q.Quote.Words.Count >= 3 && q.Quote.Nested.Count == 0).ToList();
        double own = direct.Count(q => Shingles(q.Quote).All(s => articlesOfShingle[s].Count == 1)) / (double)direct.Count;
        own.ShouldBeGreaterThan(0.75);
    }

    [Fact]
    public void A_minority_of_statements_link_two_to_five_outlets_with_excerpts_splits_and_misquotes()
    {
        var statements = Resolved.Statements;
        var outlets = statements.Select(s => s.Quotes.Select(q => q.ArticleId).Distinct().Count()).ToList();
        int quotes = Resolved.Articles.Sum(a => a.Quotes.Count);

        statements.Count.ShouldBeGreaterThan(Corpus.Articles.Count / 6);
        outlets.Count(n => n is >= 2 and <= 5).ShouldBeGreaterThan(outlets.Count * 9 / 10);
        statements.Sum(s => s.Quotes.Count).ShouldBeLessThan(quotes / 5);
        // Misquotes among the printings, and the split sentences read as one quote.
        Resolved.Diagnostics.ShouldContain(d => d.Id == "VQ0008");
        Resolved.Articles.Select(Signatures.Of).SelectMany(a => a.Quotes).ShouldContain(q => q.Continues >= 0);
        statements.ShouldContain(s => s.Wordings.Count > 1);
    }

    private static IEnumerable<(string Article, QuoteSignature Quote)> DirectQuotes(List<ArticleSignature> signatures) =>
        signatures.SelectMany(a => a.Quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => (a.ArticleId, q)));

    private static IEnumerable<string> Shingles(QuoteSignature quote) =>
        Enumerable.Range(0, quote.Words.Count - 2).Select(i => quote.TextOf(i, i + 3));
}
