using System.Linq;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.CorpusSynth;

namespace Verbatim.CorpusSynth.Tests;

/// <summary>Verbatim's own parser reads the synthetic corpus as valid, with every quote form the workload promises.</summary>
public class ParsingTests
{
    private static readonly SyntheticCorpus Corpus = CorpusSynthesizer.Create(100);
    private static readonly ArticleParseResult[] Articles =
        Corpus.Articles.Select(file => ArticleParser.Parse(file.Path, file.Text)).ToArray();
    private static readonly RegistryParseResult Registry = RegistryParser.Parse(Corpus.Registry.Path, Corpus.Registry.Text);

    [Fact]
    public void Every_file_parses_without_a_diagnostic()
    {
        Registry.Diagnostics.ShouldBeEmpty();
        Registry.Speakers.Count.ShouldBe(CorpusSynthesizer.RegistrySpeakers);
        foreach (var article in Articles)
        {
            article.Diagnostics.ShouldBeEmpty(article.Article.Path);
        }
    }

    [Fact]
    public void The_resolved_corpus_has_nothing_worse_than_unquoted_speakers_and_statement_warnings()
    {
        var resolved = CorpusResolver.Resolve(new[] { Registry }, Articles);

        // The phrase bank prints the same sentences in many articles, each time for a speaker drawn at
        // random: the linker joins them into statements and rightly finds misquotes and conflicting credits.
        var ids = resolved.Diagnostics.Select(diagnostic => diagnostic.Id).Distinct().ToArray();
        ids.ShouldContain("VQ0006");
        ids.ShouldBeSubsetOf(new[] { "VQ0006", "VQ0008", "VQ0009" });
        resolved.Articles.Count.ShouldBe(100);
    }

    [Fact]
    public void Articles_hold_ten_to_twenty_quotes_in_every_form()
    {
        var quotes = Articles.SelectMany(article => article.Article.Quotes).ToArray();

        foreach (var article in Articles)
        {
            article.Article.Quotes.Count.ShouldBeInRange(10, 21, article.Article.Path);
        }
        quotes.ShouldContain(quote => quote.Parent >= 0);
        quotes.ShouldContain(quote => quote.Kind == QuoteKind.Indirect);
        quotes.ShouldContain(quote => quote.Id != null);
        quotes.ShouldContain(quote => quote.Speakers.Count > 1);
        Articles.ShouldContain(article => article.Article.Speakers.Count > 0);
    }

    [Fact]
    public void Quote_positions_point_into_the_body()
    {
        foreach (var article in Articles.Select(result => result.Article))
        {
            foreach (var quote in article.Quotes)
            {
                article.Body.Substring(quote.Start, quote.Length).ShouldContain(quote.Text);
            }
        }
    }
}
