using System.Threading.Tasks;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>VQ0006: a defined speaker nobody quotes.</summary>
public sealed class UnquotedSpeakerTests
{
    [Fact]
    public async Task Reported_as_information_at_the_definition()
    {
        var rendered = await AnalyzerRun.RenderedAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article("{@tillerson “Trust is low.”}")));

        rendered.ShouldBe(new[]
        {
            "corpus/people.speakers.yaml(4,1): info VQ0006: Speaker 'putin' is never quoted; quote them or remove the definition.",
        });
    }
}
