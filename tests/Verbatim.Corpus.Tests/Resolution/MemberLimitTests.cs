using System.Text;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Naming;
using Verbatim.Corpus.Parsing;
using static Verbatim.Corpus.Tests.Resolution.CorpusResolverTests;

namespace Verbatim.Corpus.Tests.Resolution;

public class MemberLimitTests
{
    [Fact]
    public void Quote_ids_past_the_limit_get_no_member_and_one_VQ0005_at_the_first_left_out_in_id_order()
    {
        int count = MemberLimits.MaxQuoteMembersPerArticle + 2;
        var body = new StringBuilder();
        // Written in reverse, so id order and document order differ: the first left out is the first in the file.
        for (int i = count - 1; i >= 0; i--)
        {
            body.Append("{@putin#q").Append(i.ToString("D5")).Append(" x}\n");
        }

        var corpus = Resolve(("s.speakers.yaml", "putin: { name: P }"), ("a.article.md", Article(body.ToString())));

        corpus.Articles.Single().Quotes.Count.ShouldBe(count);
        var limited = corpus.Diagnostics.Single(d => d.Id == DiagnosticIds.RenamedMember);
        limited.Path.ShouldBe("a.article.md");
        limited.Span.StartLine.ShouldBe(4);
        limited.Span.StartColumn.ShouldBe(8);
        limited.Message.ShouldBe(
            "The quote id 'q10000' and the 1 after it in id order get no generated member, because one class takes at most 10000 quote members; the quotes are still in the article's Quotes.");
    }

    [Fact]
    public void Speakers_past_the_limit_get_no_member_and_one_VQ0005()
    {
        int count = MemberLimits.MaxSpeakerMembers + 1;
        var registry = new StringBuilder();
        // The last id first: its VQ0005 must not be lost behind the file's cap of diagnostics (every speaker here is VQ0006).
        for (int i = 0; i < count; i++)
        {
            registry.Append('s').Append(((i + count - 1) % count).ToString("D5")).Append(": { name: N }\n");
        }

        var corpus = Resolve(("s.speakers.yaml", registry.ToString()));

        ClassMembers.OfSpeakers(corpus.Speakers.Speakers.Select(s => s.Id)).Count(n => n.Name is not null).ShouldBe(MemberLimits.MaxSpeakerMembers);
        ClassMembers.OfSpeakers(corpus.Speakers.Speakers.Select(s => s.Id))[count - 1].Name.ShouldBeNull();
        var limited = corpus.Diagnostics.Single(d => d.Id == DiagnosticIds.RenamedMember);
        limited.Span.StartLine.ShouldBe(0);
        limited.Message.ShouldBe(
            "The speaker id 's50000' and the 0 after it in id order get no generated member, because one class takes at most 50000 speaker members; the speakers are still in Speakers.All.");
    }

    [Fact]
    public void Articles_past_the_limit_get_no_member_one_VQ0005_and_no_quote_member_checks()
    {
        int count = MemberLimits.MaxArticleMembers + 1;
        // File names run against id order (a50000 is in 50001.article.md); the last id holds a quote id that would
        // collide with its class's members, which is not reported: an article without a member has no class.
        var files = Enumerable.Range(0, count)
            .Select(i => ($"{count - i:D5}.article.md", Article(count - 1 - i == count - 1 ? "{@putin#to-string x}" : "text", $"id: a{count - 1 - i:D5}\ntitle: T")))
            .Prepend(("s.speakers.yaml", "putin: { name: P }"))
            .ToArray();

        var corpus = Resolve(files);

        corpus.Articles.Count.ShouldBe(count);
        ClassMembers.OfArticles(corpus.Articles.Select(a => a.Id)).Count(n => n.Name is not null).ShouldBe(MemberLimits.MaxArticleMembers);
        ClassMembers.OfArticles(corpus.Articles.Select(a => a.Id))[count - 1].Name.ShouldBeNull();
        var limited = corpus.Diagnostics.Single(d => d.Id == DiagnosticIds.RenamedMember);
        limited.Path.ShouldBe("50001.article.md");
        limited.Span.StartLine.ShouldBe(1);
        limited.Message.ShouldBe(
            "The article id 'a50000' and the 0 after it in id order get no generated member, because one class takes at most 50000 article members; the articles are still in Articles.All.");
    }
}
