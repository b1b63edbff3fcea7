using System.Threading.Tasks;
using static Verbatim.CodeFixes.Tests.Corpora;

namespace Verbatim.CodeFixes.Tests;

public sealed class DefineSpeakerCodeFixTests
{
    private const string QuotesLavrov = QuotesBoth + " {@lavrov “Facts.”}";

    [Fact]
    public async Task Adds_a_placeholder_entry_to_the_registry()
    {
        using var workspace = new CorpusWorkspace((RegistryPath, Registry), (ArticlePath, Article("title: Meeting", QuotesLavrov)));

        await DefineAsync(workspace, "lavrov");

        (await workspace.TextOfAsync(RegistryPath)).ShouldBe(Registry + "lavrov:\n  name: lavrov\n");
        (await workspace.TextOfAsync(ArticlePath)).ShouldBe(Article("title: Meeting", QuotesLavrov));
    }

    [Fact]
    public async Task Uses_the_first_registry_by_path_and_its_line_endings()
    {
        using var workspace = new CorpusWorkspace(
            ("corpus/b.speakers.yaml", "putin:\n  name: Vladimir V. Putin\n"),
            ("corpus/a.speakers.yaml", "tillerson:\r\n  name: Rex W. Tillerson"),
            (ArticlePath, Article("title: Meeting", QuotesLavrov)));

        await DefineAsync(workspace, "lavrov");

        (await workspace.TextOfAsync("corpus/a.speakers.yaml")).ShouldBe("tillerson:\r\n  name: Rex W. Tillerson\r\nlavrov:\r\n  name: lavrov\r\n");
    }

    [Fact]
    public async Task Without_a_registry_creates_the_front_matters_speakers()
    {
        using var workspace = new CorpusWorkspace((ArticlePath, Article("title: Meeting", "{@lavrov “Facts.”}")));

        await DefineAsync(workspace, "lavrov");

        (await workspace.TextOfAsync(ArticlePath)).ShouldBe(
            Article("title: Meeting\nspeakers:\n  lavrov:\n    name: lavrov", "{@lavrov “Facts.”}"));
    }

    [Fact]
    public async Task Without_a_registry_adds_to_the_front_matters_speakers_in_their_indentation()
    {
        const string body = "{@peskov “No comment.”} {@lavrov “Facts.”}";
        using var workspace = new CorpusWorkspace((ArticlePath, Article("title: Meeting\nspeakers:\n    peskov:\n        name: Dmitri S. Peskov\nauthors: [A. Reporter]", body)));

        await DefineAsync(workspace, "lavrov");

        (await workspace.TextOfAsync(ArticlePath)).ShouldBe(Article(
            "title: Meeting\nspeakers:\n    peskov:\n        name: Dmitri S. Peskov\n    lavrov:\n      name: lavrov\nauthors: [A. Reporter]", body));
    }

    [Fact]
    public async Task Without_a_registry_adds_to_a_flow_mapping_of_speakers()
    {
        const string body = "{@peskov “No comment.”} {@lavrov “Facts.”}";
        using var workspace = new CorpusWorkspace((ArticlePath, Article("title: Meeting\nspeakers: { peskov: { name: Dmitri S. Peskov } }", body)));

        await DefineAsync(workspace, "lavrov");

        (await workspace.TextOfAsync(ArticlePath)).ShouldBe(Article(
            "title: Meeting\nspeakers: { peskov: { name: Dmitri S. Peskov }, lavrov: { name: lavrov } }", body));
    }

    [Fact]
    public async Task Quotes_an_id_that_plain_YAML_reads_as_null()
    {
        using var workspace = new CorpusWorkspace((RegistryPath, Registry), (ArticlePath, Article("title: Meeting", QuotesBoth + " {@Null “Nothing.”}")));

        await DefineAsync(workspace, "Null");

        (await workspace.TextOfAsync(RegistryPath)).ShouldBe(Registry + "'Null':\n  name: 'Null'\n");
    }

    /// <summary>Applies "Define speaker" for the only VQ0001 and checks the corpus is left without one.</summary>
    private static async Task DefineAsync(CorpusWorkspace workspace, string id)
    {
        var diagnostic = await workspace.SingleDiagnosticAsync("VQ0001");
        var action = (await workspace.ActionsAsync(new DefineSpeakerCodeFix(), diagnostic)).ShouldHaveSingleItem();
        action.Title.ShouldBe($"Define speaker '{id}'");
        action.EquivalenceKey.ShouldBe("Verbatim.DefineSpeaker");

        await workspace.ApplyAsync(action);

        (await workspace.DiagnosticsAsync()).ShouldNotContain(diagnostic => diagnostic.Id == "VQ0001");
    }
}
