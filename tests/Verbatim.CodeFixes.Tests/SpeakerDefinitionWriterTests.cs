using Microsoft.CodeAnalysis.Text;

namespace Verbatim.CodeFixes.Tests;

/// <summary>Front matter that "Define speaker" leaves alone rather than guess at.</summary>
public sealed class SpeakerDefinitionWriterTests
{
    [Theory]
    [InlineData("{@lavrov “Facts.”}\n")]
    [InlineData("---\ntitle: Never closed\n{@lavrov “Facts.”}\n")]
    [InlineData("---\ntitle: Meeting\nspeakers: {\n  peskov: { name: Dmitri S. Peskov } }\n---\n{@lavrov “Facts.”}\n")]
    public void Edits_no_article_without_a_front_matter_it_can_extend(string article)
    {
        SpeakerDefinitionWriter.AddToFrontMatter(SourceText.From(article), "lavrov").ShouldBeNull();
    }

    [Fact]
    public void Replaces_an_empty_flow_mapping_with_a_block()
    {
        var article = SourceText.From("---\ntitle: Meeting\nspeakers: {}\n---\n{@lavrov “Facts.”}\n");

        SpeakerDefinitionWriter.AddToFrontMatter(article, "lavrov")!.ToString()
            .ShouldBe("---\ntitle: Meeting\nspeakers:\n  lavrov:\n    name: lavrov\n---\n{@lavrov “Facts.”}\n");
    }

    [Fact]
    public void Appends_to_an_empty_registry_without_a_blank_line()
    {
        SpeakerDefinitionWriter.AppendToRegistry(SourceText.From(""), "lavrov").ToString().ShouldBe("lavrov:\n  name: lavrov\n");
    }
}
