using System.Collections.Generic;
using System.IO;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Statements;
using Verbatim.CorpusSynth;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>
/// The partitioned join links what the exact join does, whatever the partitions and the order the
/// articles come in: on both synthetic corpora (the phrase pool, whose quotes share most of their
/// shingles and block many, and the news-like one) and on the sample corpus.
/// </summary>
public class PartitionedJoinTests
{
    public static TheoryData<string> Corpora => new() { "phrase pool", "news-like", "sample" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_partitioned_join_links_what_the_exact_join_does(string corpus)
    {
        var signatures = Signatures(corpus);
        var expected = StatementLinker.Link(signatures);
        expected.Count.ShouldBeGreaterThan(corpus == "sample" ? 3 : 40);

        foreach (int partitions in new[] { 1, 7, 64, StatementPartitions.Count })
        {
            StatementLinker.LinkPartitioned(signatures, partitions).ShouldBe(expected, $"{partitions} partitions");
        }
        var shuffled = signatures.Select((s, i) => (s, i)).OrderBy(x => (x.i * 37) % signatures.Count).ThenBy(x => x.i).Select(x => x.s).Reverse().ToList();
        StatementLinker.LinkPartitioned(shuffled, 7).ShouldBe(expected, "shuffled");
    }

    [Fact]
    public void An_article_id_given_twice_links_the_first_given_as_the_exact_join_does()
    {
        var signatures = Signatures("news-like");
        var twice = signatures.Concat(new[] { signatures[3] with { Quotes = signatures[5].Quotes } }).ToList();
        StatementLinker.LinkPartitioned(twice, 7).ShouldBe(StatementLinker.Link(twice));
    }

    [Fact]
    public void Articles_without_quotes_link_to_no_statement()
    {
        var signatures = Enumerable.Range(0, 40)
            .Select(i => Verbatim.Corpus.Statements.Signatures.Of(ArticleParser.Parse($"b{i:D3}.article.md", $"---\ntitle: B{i}\n---\nPlain words, \"not annotated\", {i}.\n").Article))
            .ToList();
        StatementLinker.LinkPartitioned(signatures, StatementPartitions.Count).ShouldBeEmpty();
    }

    private static List<ArticleSignature> Signatures(string corpus)
    {
        var texts = corpus switch
        {
            "phrase pool" => CorpusSynthesizer.Create(300).Articles.Select(a => (a.Path, a.Text)),
            "news-like" => CorpusSynthesizer.CreateNewsLike(300).Articles.Select(a => (a.Path, a.Text)),
            _ => Directory.GetFiles(Path.Combine(RepositoryFiles.Root(), "sample-corpus", "articles"), "*.article.md")
                .Select(f => (Path.GetFileName(f), File.ReadAllText(f))),
        };
        return texts.Select(t => Verbatim.Corpus.Statements.Signatures.Of(ArticleParser.Parse(t.Item1, t.Item2).Article)).ToList();
    }
}
