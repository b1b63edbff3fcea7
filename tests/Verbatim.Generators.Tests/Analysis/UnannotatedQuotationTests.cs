using System.Linq;
using System.Threading.Tasks;
using Verbatim.Generators.Analysis;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>VQ0010: words in quotation marks that no annotation covers, with the likely speaker.</summary>
public sealed class UnannotatedQuotationTests
{
    [Fact]
    public void Reported_on_the_quotation_with_the_likely_speaker_and_the_cue()
    {
        Rendered(QuotesBoth + "\n\n“There is a low level of trust between us,” Mr. Tillerson said.").ShouldBe(new[]
        {
            "corpus/a.article.md(6,1): info VQ0010: This quotation is not annotated; likely speaker 'tillerson' (“Mr. Tillerson said”).",
        });
    }

    [Fact]
    public void Without_a_cue_the_message_says_so()
    {
        Rendered(QuotesBoth + "\n\nThe sign read “no entry for anyone today” in red.").ShouldBe(new[]
        {
            "corpus/a.article.md(6,15): info VQ0010: This quotation is not annotated; no likely speaker.",
        });
    }

    [Fact]
    public void A_person_nothing_defines_is_named_as_a_new_speaker()
    {
        Rendered(QuotesBoth + " “We will answer in due course,” said Jane Doe, a spokeswoman for the ministry.").ShouldBe(new[]
        {
            "corpus/a.article.md(4,49): info VQ0010: This quotation is not annotated; likely speaker 'jane-doe' (“said Jane Doe”), whom nothing defines yet.",
        });
    }

    [Fact]
    public async Task Carries_the_speakers_and_the_new_speakers_name_for_the_code_fixes()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            (RegistryPath, Registry),
            ("corpus/a.article.md", Article(QuotesBoth + " Mr. Putin spoke first. “We will answer in due course,” said Jane Doe, a spokeswoman.")));

        var found = diagnostics.Single(d => d.Id == "VQ0010");
        DiagnosticProperties.Suggestions(found).ShouldBe(new[] { "jane-doe", "putin", "tillerson" });
        DiagnosticProperties.NewSpeaker(found).ShouldBe(("Jane Doe", "spokeswoman"));
    }

    [Theory]
    [InlineData("{@tillerson “There is a low level of trust between us,”} Mr. Tillerson said.")]
    [InlineData("{@tillerson:indirect the facts, “as he put it to reporters,” were unknown}.")]
    [InlineData("Mr. Tillerson wrote \\“ by hand, three words \\” later.")]
    [InlineData("He called it “fake news” and left.")]
    public void Never_reported_on_what_is_annotated_escaped_or_a_scare_quote(string body)
    {
        Rendered(QuotesBoth + " " + body).ShouldBeEmpty();
    }

    [Fact]
    public async Task Turned_off_in_the_configuration_nothing_is_searched()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            new Microsoft.CodeAnalysis.AdditionalText[]
            {
                new InMemoryAdditionalText(RegistryPath, Registry),
                new InMemoryAdditionalText("corpus/a.article.md", Article(QuotesBoth + " “There is a low level of trust,” Mr. Tillerson said.")),
            },
            configFiles: new ConfigFileOptions(("/project/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.VQ0010.severity = none\n")));

        diagnostics.ShouldBeEmpty();
    }

    private static string[] Rendered(string body) =>
        AnalyzerRun.RenderedAsync((RegistryPath, Registry), ("corpus/a.article.md", Article(body))).GetAwaiter().GetResult();
}
