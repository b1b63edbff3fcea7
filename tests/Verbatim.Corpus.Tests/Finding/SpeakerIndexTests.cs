using Verbatim.Corpus.Finding;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Finding;

/// <summary>The speaker index takes any registry the parser accepts, however little its names and roles hold.</summary>
public class SpeakerIndexTests
{
    [Theory]
    [InlineData("’")]
    [InlineData("!\t/*#'.'")]
    [InlineData("spokesman")]
    public void Roles_of_no_word_or_one_word_are_indexed(string role)
    {
        string registry = $"""
            odd:
              name: "*/"
              role: "{role.Replace("\\", "\\\\").Replace("\t", "\\t")}"
            """;
        var parsed = RegistryParser.Parse("odd.speakers.yaml", registry);
        parsed.Diagnostics.ShouldBeEmpty();

        var index = SpeakerIndex.Create(parsed.Speakers);

        QuotationFinder.FindInText("“We will answer in due course,” the spokesman said.", index).Quotations.ShouldNotBeEmpty();
    }
}
