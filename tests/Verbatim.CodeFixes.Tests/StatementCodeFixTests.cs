using System.Linq;
using System.Threading.Tasks;
using static Verbatim.CodeFixes.Tests.Corpora;

namespace Verbatim.CodeFixes.Tests;

/// <summary>VQ0008 marks the quote <c>!sic</c>; VQ0009 credits the speaker the other outlets credit. Neither touches the printed words.</summary>
public sealed class StatementCodeFixTests
{
    private const string Powers = "The world’s two foremost nuclear powers cannot have this kind of relationship.";

    private static (string, string) Outlet(string path, string speakerAndWords) =>
        (path, Article("title: Meeting", QuotesBoth + "\n{@" + speakerAndWords + "} he said."));

    [Fact]
    public async Task A_misquote_gets_the_sic_mark_and_keeps_its_words()
    {
        using var workspace = new CorpusWorkspace(
            (RegistryPath, Registry),
            Outlet("corpus/b.article.md", $"tillerson “{Powers}”"),
            Outlet("corpus/c.article.md", $"tillerson “{Powers}”"),
            Outlet(ArticlePath, "tillerson#powers “The world’s two foremost nuclear owners cannot have this kind of relationship.”"));
        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0008");

        var action = (await workspace.ActionsAsync(new MarkSicCodeFix(), diagnostic)).ShouldHaveSingleItem();
        action.Title.ShouldBe("Mark as printed so (!sic)");
        await workspace.ApplyAsync(action);

        (await workspace.TextOfAsync(ArticlePath)).ShouldBe(Outlet(ArticlePath, "tillerson#powers!sic “The world’s two foremost nuclear owners cannot have this kind of relationship.”").Item2);
        (await workspace.DiagnosticsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_conflicting_attribution_is_credited_to_the_speaker_the_other_outlets_credit()
    {
        using var workspace = new CorpusWorkspace(
            (RegistryPath, Registry),
            Outlet("corpus/b.article.md", $"tillerson “{Powers}”"),
            Outlet("corpus/c.article.md", $"tillerson “{Powers}”"),
            Outlet(ArticlePath, $"putin “{Powers}”"));
        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0009");

        var action = (await workspace.ActionsAsync(new CreditSpeakerCodeFix(), diagnostic)).ShouldHaveSingleItem();
        action.Title.ShouldBe("Credit 'tillerson', as the other outlets do");
        await workspace.ApplyAsync(action);

        (await workspace.TextOfAsync(ArticlePath)).ShouldBe(Outlet(ArticlePath, $"tillerson “{Powers}”").Item2);
        (await workspace.DiagnosticsAsync()).ShouldBeEmpty();
    }
}
