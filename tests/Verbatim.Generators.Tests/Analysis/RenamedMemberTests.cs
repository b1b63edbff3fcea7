using System.Threading.Tasks;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>VQ0005: a generated member name changed to avoid a collision, or ids past a class's member limit got none.</summary>
public sealed class RenamedMemberTests
{
    [Fact]
    public async Task Two_article_ids_with_one_member_name_warn_at_the_later_id()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article("id: nyt-meeting\ntitle: Meeting", QuotesBoth)),
            ("corpus/b.article.md", Article("id: nyt.meeting\ntitle: Meeting again", "Nothing said.")));

        rendered.ShouldBe(new[]
        {
            "corpus/b.article.md(2,5): warning VQ0005: The article 'nyt.meeting' is generated as 'NytMeeting2' because 'NytMeeting' is already taken; change the id so its name is free.",
        });
    }

    [Fact]
    public async Task Quote_ids_past_the_limit_of_one_class_warn_once_at_the_first_left_out()
    {
        var body = new System.Text.StringBuilder(QuotesBoth).Append('\n');
        for (int i = 0; i <= Verbatim.Corpus.Naming.MemberLimits.MaxQuoteMembersPerArticle; i++)
        {
            body.Append("{@putin#q").Append(i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).Append(" x}\n");
        }

        var rendered = await AnalyzerRun.RenderedAsync((RegistryPath, Registry), ("corpus/many.article.md", Article(body.ToString())));

        rendered.ShouldBe(new[]
        {
            "corpus/many.article.md(10005,9): warning VQ0005: The quote id 'q10000' and the 0 after it in id order get no generated member, because one class takes at most 10000 quote members; the quotes are still in the article's Quotes.",
        });
    }
}
