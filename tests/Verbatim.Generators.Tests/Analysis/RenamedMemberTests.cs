using System.Threading.Tasks;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>VQ0005: a generated member name changed to avoid a collision.</summary>
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
}
