using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.Corpus.Statements;
using Xunit.Abstractions;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>
/// Linking scored on the sample corpus' five real articles with every quote id removed, so only the
/// words can link them, against statements written out by hand: each a list of quotes, named by
/// article and the words the quote starts with. The Guardian's first Tillerson quote runs three
/// statements together, so it is in two of them (its "low point" part is too short to link).
/// Quotes that only an id links (another translation, a paraphrase) are not asked for.
/// </summary>
public class SampleScoringTests(ITestOutputHelper output)
{
    private const string Anj = "anj-putin-tillerson-kremlin", Guardian = "guardian-us-russia-relations-low",
        Nymag = "nymag-tillerson-low-point", Nyt = "nyt-tillerson-putin", Unknown = "unknown-outlet-tillerson-low-point";

    private static readonly (string Article, string StartsWith)[][] s_statements =
    {
        new[] { (Nyt, "There is a low level"), (Nymag, "There is a low level"), (Anj, "There is a low level"), (Guardian, "The current state of US-Russian relations is at a low point. There"), (Unknown, "low level of trust") },
        new[] { (Nyt, "The world"), (Nymag, "The world"), (Anj, "The world"), (Unknown, "The world"), (Guardian, "The world"), (Guardian, "The current state of US-Russian relations is at a low point. There") },
        new[] { (Nymag, "We have no firm information"), (Unknown, "With respect to Russia") },
        new[] { (Nyt, "I think it is clear to all of us that the reign"), (Guardian, "reign of the Assad family") },
        new[] { (Nymag, "an unlawful attack"), (Unknown, "We have seen very alarming actions") },
        new[] { (Anj, "It can be said that the level of trust"), (Unknown, "It can be said that the level of trust") },
        new[] { (Nymag, "no agreement was reached"), (Unknown, "no agreement was reached") },
    };

    [Fact]
    public void The_sample_articles_link_by_their_words_alone_with_precision_and_recall_of_at_least_095()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryFiles.Root(), "sample-corpus", "articles"), "*.article.md").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var withoutIds = files.Select(f => ArticleParser.Parse(Path.GetFileName(f), Regex.Replace(File.ReadAllText(f), @"(\{@[^\s#:!]+)#[^\s:!]+", "$1"))).ToList();
        var registry = RegistryParser.Parse("corpus.speakers.yaml", File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "sample-corpus", "corpus.speakers.yaml")));
        var corpus = CorpusResolver.Resolve(new[] { registry }, withoutIds);

        var truth = TruthPairs(corpus);
        var linked = LinkedPairs(corpus.Statements);

        int hits = linked.Count(truth.Contains);
        double precision = linked.Count == 0 ? 0 : (double)hits / linked.Count, recall = (double)truth.Count(linked.Contains) / truth.Count;
        output.WriteLine($"linked {linked.Count} pairs, truth {truth.Count}, precision {precision:F3}, recall {recall:F3}");
        foreach (var pair in linked.Where(p => !truth.Contains(p)))
        {
            output.WriteLine($"extra   {pair}");
        }
        foreach (var pair in truth.Where(p => !linked.Contains(p)))
        {
            output.WriteLine($"missing {pair}");
        }
        truth.Count.ShouldBeGreaterThan(10);
        precision.ShouldBeGreaterThanOrEqualTo(0.95);
        recall.ShouldBeGreaterThanOrEqualTo(0.95);
    }

    // Pairs of quotes of different articles that one of the hand-written statements holds.
    private static HashSet<string> TruthPairs(Verbatim.Corpus.Resolution.ResolvedCorpus corpus)
    {
        var pairs = new HashSet<string>();
        foreach (var statement in s_statements)
        {
            var keys = statement.Select(quote => Key(corpus, quote.Article, quote.StartsWith)).ToList();
            foreach (var a in keys)
            {
                foreach (var b in keys.Where(b => string.CompareOrdinal(a, b) < 0 && a.Split(':')[0] != b.Split(':')[0]))
                {
                    pairs.Add($"{a} {b}");
                }
            }
        }
        return pairs;
    }

    private static string Key(Verbatim.Corpus.Resolution.ResolvedCorpus corpus, string articleId, string startsWith)
    {
        var article = corpus.Articles.Single(a => a.Id == articleId);
        int index = Enumerable.Range(0, article.Quotes.Count).Single(i => article.Quotes[i].Text.StartsWith(startsWith, StringComparison.Ordinal));
        return $"{articleId}:{index}";
    }

    private static HashSet<string> LinkedPairs(Verbatim.Corpus.Model.EquatableArray<LinkedStatement> statements)
    {
        var pairs = new HashSet<string>();
        foreach (var statement in statements)
        {
            var keys = statement.Quotes.Select(q => $"{q.ArticleId}:{q.Index}").ToList();
            foreach (var a in keys)
            {
                foreach (var b in keys)
                {
                    if (string.CompareOrdinal(a, b) < 0 && a.Split(':')[0] != b.Split(':')[0])
                    {
                        pairs.Add($"{a} {b}");
                    }
                }
            }
        }
        return pairs;
    }
}
