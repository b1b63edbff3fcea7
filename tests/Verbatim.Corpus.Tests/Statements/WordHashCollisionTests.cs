using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>The join finds words by their 64-bit hash; two different words that share one must still stay apart.</summary>
public class WordHashCollisionTests
{
    [Fact]
    public void Words_that_share_a_hash_are_still_different_words()
    {
        var files = new[]
        {
            ("a", "{@tillerson “There is a low level of trust between our two countries.”} {@lavrov “We have seen very alarming actions recently.”}"),
            ("b", "{@tillerson “There is a low level of trust between our two countries.”} {@lavrov “Nobody here has ever said such things.”}"),
        };
        var registry = RegistryParser.Parse("p.speakers.yaml", Linking.Speakers);
        var parsed = files.Select(f => ArticleParser.Parse($"{f.Item1}.article.md", $"---\ntitle: t\n---\n{f.Item2}")).ToList();
        var expected = CorpusResolver.Resolve(new[] { registry }, parsed).Statements;

        // Every word given the same hash: only comparing the words themselves tells them apart.
        var colliding = parsed.Select(p => Signatures.Of(p.Article)).Select(article => article with
        {
            Quotes = article.Quotes.Select(q => q with { Words = q.Words.Select(w => w with { Hash = 42UL }).ToEquatableArray() }).ToEquatableArray(),
        });

        expected.Count.ShouldBe(1);
        StatementLinker.Link(colliding).ShouldBe(expected);
        StatementLinker.LinkPartitioned(colliding, 7).ShouldBe(expected);
    }
}
