using System.Linq;
using System.Threading.Tasks;
using static Verbatim.CodeFixes.Tests.Corpora;

namespace Verbatim.CodeFixes.Tests;

public sealed class ChangeSpeakerCodeFixTests
{
    [Fact]
    public async Task Changes_the_undefined_id_to_the_suggested_one()
    {
        using var workspace = new CorpusWorkspace(
            (RegistryPath, Registry),
            (ArticlePath, Article("title: Meeting", "{@tilerson “Trust is low.”} {@putin “We met.”}")));
        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0001");

        var action = (await workspace.ActionsAsync(new ChangeSpeakerCodeFix(), diagnostic)).ShouldHaveSingleItem();
        action.Title.ShouldBe("Change to 'tillerson'");
        action.EquivalenceKey.ShouldBe("Verbatim.ChangeSpeaker:tillerson");
        await workspace.ApplyAsync(action);

        (await workspace.TextOfAsync(ArticlePath)).ShouldBe(Article("title: Meeting", QuotesBoth));
        (await workspace.DiagnosticsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Offers_nothing_when_no_defined_id_is_close()
    {
        using var workspace = new CorpusWorkspace(
            (RegistryPath, Registry),
            (ArticlePath, Article("title: Meeting", QuotesBoth + " {@zzyzx “Far.”}")));
        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0001");

        (await workspace.ActionsAsync(new ChangeSpeakerCodeFix(), diagnostic)).ShouldBeEmpty();
    }
}
