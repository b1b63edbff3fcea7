using System.Linq;
using System.Threading.Tasks;
using static Verbatim.CodeFixes.Tests.Corpora;

namespace Verbatim.CodeFixes.Tests;

/// <summary>VQ0010's fixes: annotate for the likely speaker or another in the context; define a new speaker and annotate.</summary>
public sealed class AnnotateQuotationCodeFixTests
{
    private const string Said = " Mr. Putin spoke first. “There is a low level of trust between us,” Mr. Tillerson said.";

    [Fact]
    public async Task Offers_the_likely_speaker_first_then_the_others_of_the_context()
    {
        using var workspace = new CorpusWorkspace((RegistryPath, Registry), (ArticlePath, Article("title: Meeting", QuotesBoth + Said)));

        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0010");
        var actions = await workspace.ActionsAsync(new AnnotateQuotationCodeFix(), diagnostic);

        actions.Select(a => a.Title).ShouldBe(new[] { "Annotate as '{@tillerson …}'", "Annotate as '{@putin …}'" });
        actions.Select(a => a.EquivalenceKey).ShouldBe(new[] { "Verbatim.AnnotateQuotation:tillerson", "Verbatim.AnnotateQuotation:putin" });
    }

    [Theory]
    [InlineData(0, "tillerson")]
    [InlineData(1, "putin")]
    public async Task Wraps_the_quotation_marks_included_and_leaves_the_corpus_clean(int choice, string id)
    {
        using var workspace = new CorpusWorkspace((RegistryPath, Registry), (ArticlePath, Article("title: Meeting", QuotesBoth + Said)));
        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0010");

        await workspace.ApplyAsync((await workspace.ActionsAsync(new AnnotateQuotationCodeFix(), diagnostic))[choice]);

        (await workspace.TextOfAsync(ArticlePath)).ShouldBe(Article("title: Meeting",
            QuotesBoth + " Mr. Putin spoke first. {@" + id + " “There is a low level of trust between us,”} Mr. Tillerson said."));
        (await workspace.DiagnosticsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_quotation_with_no_likely_speaker_and_no_one_in_context_gets_no_action()
    {
        using var workspace = new CorpusWorkspace((ArticlePath, Article("title: Meeting", "The sign read “no entry for anyone today” in red.")));
        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0010");

        (await workspace.ActionsAsync(new AnnotateQuotationCodeFix(), diagnostic)).ShouldBeEmpty();
        (await workspace.ActionsAsync(new DefineSpeakerAndAnnotateCodeFix(), diagnostic)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_person_nothing_defines_is_defined_in_the_front_matter_and_annotated()
    {
        const string body = QuotesBoth + " “We will answer in due course,” said Jane Doe, a spokeswoman for the ministry.";
        using var workspace = new CorpusWorkspace((RegistryPath, Registry), (ArticlePath, Article("title: Meeting", body)));
        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0010");

        // Annotating alone for the undefined id would leave VQ0001: only the annotated speakers around are offered so.
        (await workspace.ActionsAsync(new AnnotateQuotationCodeFix(), diagnostic)).Select(a => a.Title)
            .ShouldBe(new[] { "Annotate as '{@putin …}'", "Annotate as '{@tillerson …}'" });
        var action = (await workspace.ActionsAsync(new DefineSpeakerAndAnnotateCodeFix(), diagnostic)).ShouldHaveSingleItem();
        action.Title.ShouldBe("Define 'jane-doe' and annotate");
        await workspace.ApplyAsync(action);

        (await workspace.TextOfAsync(ArticlePath)).ShouldBe(Article(
            "title: Meeting\nspeakers:\n  jane-doe:\n    name: \"Jane Doe\"\n    role: \"spokeswoman for the ministry\"",
            QuotesBoth + " {@jane-doe “We will answer in due course,”} said Jane Doe, a spokeswoman for the ministry."));
        (await workspace.DiagnosticsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_new_speaker_joins_a_flow_mapping_of_speakers()
    {
        const string body = "{@peskov “No comment.”} “We will answer in due course,” said Jane Doe.";
        using var workspace = new CorpusWorkspace((ArticlePath, Article("title: Meeting\nspeakers: { peskov: { name: Dmitri S. Peskov } }", body)));
        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0010");

        await workspace.ApplyAsync((await workspace.ActionsAsync(new DefineSpeakerAndAnnotateCodeFix(), diagnostic)).ShouldHaveSingleItem());

        (await workspace.TextOfAsync(ArticlePath)).ShouldBe(Article(
            "title: Meeting\nspeakers: { peskov: { name: Dmitri S. Peskov }, jane-doe: { name: \"Jane Doe\" } }",
            "{@peskov “No comment.”} {@jane-doe “We will answer in due course,”} said Jane Doe."));
        (await workspace.DiagnosticsAsync()).ShouldBeEmpty();
    }
}
