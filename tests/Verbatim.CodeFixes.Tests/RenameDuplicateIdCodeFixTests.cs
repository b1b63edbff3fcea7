using System.Threading.Tasks;
using static Verbatim.CodeFixes.Tests.Corpora;

namespace Verbatim.CodeFixes.Tests;

public sealed class RenameDuplicateIdCodeFixTests
{
    [Fact]
    public async Task Renames_a_duplicate_quote_id_to_a_free_one()
    {
        using var workspace = new CorpusWorkspace(
            (RegistryPath, Registry),
            (ArticlePath, Article("title: Meeting", "{@tillerson#trust “Trust is low.”} {@putin#trust “We met.”}")));
        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0004");

        var action = (await workspace.ActionsAsync(new RenameDuplicateIdCodeFix(), diagnostic)).ShouldHaveSingleItem();
        action.Title.ShouldBe("Rename to 'trust-2'");
        action.EquivalenceKey.ShouldBe("Verbatim.RenameDuplicateId:trust-2");
        await workspace.ApplyAsync(action);

        (await workspace.TextOfAsync(ArticlePath)).ShouldBe(
            Article("title: Meeting", "{@tillerson#trust “Trust is low.”} {@putin#trust-2 “We met.”}"));
        (await workspace.DiagnosticsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Offers_nothing_for_a_conflicting_speaker()
    {
        using var workspace = new CorpusWorkspace(
            (RegistryPath, Registry),
            (ArticlePath, Article("title: Meeting\nspeakers:\n  putin: { name: Putin }", QuotesBoth)));
        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0004");

        (await workspace.ActionsAsync(new RenameDuplicateIdCodeFix(), diagnostic)).ShouldBeEmpty();
    }
}
