using System.Text.Json;

namespace Verbatim.Editor.Tests.LanguageServer;

/// <summary>
/// A real language server over the sample as a package consumer: completion, hover and Go to Definition
/// as an LSP client asks for them. One server for the questions that change nothing.
/// </summary>
[Collection(EditorCollection.Name)]
public sealed class CSharpLsTests(EditorProjects projects) : IAsyncLifetime
{
    /// <summary>Loading the project in the background: about 10 s on a quiet machine, bounded well above that.</summary>
    private static readonly TimeSpan LoadLimit = TimeSpan.FromMinutes(4);

    private CSharpLs _server = null!;
    private ConsumerProject _sample = null!;

    private string Probe => Path.Combine(_sample.Directory, "EditorProbe.cs");

    public async Task InitializeAsync()
    {
        (string command, _sample) = projects.LanguageServer();
        _server = await CSharpLs.StartAsync(command, _sample.Directory, projects.Verbatim.Variables);
        await _server.NotifyAsync("textDocument/didOpen", new
        {
            textDocument = new { uri = CSharpLs.Uri(Probe), languageId = "csharp", version = 1, text = SampleConsumer.Probe },
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<JsonElement> CompletionAsync(string after) =>
        _server.RequestAsync("textDocument/completion", Lsp.At(Probe, Lsp.Position(SampleConsumer.Probe, after)));

    /// <summary>What the client shows of a completion item once the project has loaded.</summary>
    private async Task<string> CompletionTextAsync(string after, string label)
    {
        var completion = await _server.UntilAsync(() => CompletionAsync(after), answer => Lsp.Item(answer, label) is not null, LoadLimit,
            $"completion after '{after}' lists {label}");
        return await _server.DescribeAsync(Lsp.Item(completion, label)!.Value);
    }

    [Fact]
    public async Task Completion_after_Speakers_lists_the_speakers_with_their_words()
    {
        string text = await CompletionTextAsync("Corpus.Speakers.", "Tillerson");

        text.ShouldContain("Rex W. Tillerson, U.S. Secretary of State");
    }

    [Fact]
    public async Task Completion_after_an_article_lists_its_quotes_with_their_words()
    {
        string text = await CompletionTextAsync("Corpus.Articles.NytTillersonPutin.", "LowTrust");

        text.ShouldContain("There is a low level of trust between our countries");
    }

    [Fact]
    public async Task Hover_shows_name_role_and_where_the_speaker_is_defined()
    {
        var hover = await _server.UntilAsync(
            () => _server.RequestAsync("textDocument/hover", Lsp.At(Probe, Lsp.Position(SampleConsumer.Probe, "Speakers.Till"))),
            answer => answer.ValueKind == JsonValueKind.Object && Lsp.Text(answer).Contains("Rex W. Tillerson", StringComparison.Ordinal),
            LoadLimit, "hover on Speakers.Tillerson");

        Lsp.Text(hover).ShouldContain("Rex W. Tillerson, U.S. Secretary of State, U.S. Department of State.");
        Lsp.Text(hover).ShouldContain("In corpus.speakers.yaml, line 3.");
    }

    [Fact]
    public async Task Go_to_Definition_lands_on_the_corpus_file_and_line()
    {
        var speaker = await DefinitionAsync("Speakers.Till");
        var quote = await DefinitionAsync("NytTillersonPutin.Low");

        string registry = Path.Combine(_sample.Directory, "corpus.speakers.yaml");
        string article = Path.Combine(_sample.Directory, "articles", "nyt-tillerson-putin.article.md");
        var (quoteLine, quoteColumn) = Caret.Of(article, "{@tillerson#low-trust");
        speaker.ShouldBe((registry, Caret.Of(registry, "tillerson:").Line - 1, 0));
        quote.ShouldBe((article, quoteLine - 1, quoteColumn - 1));
    }

    private async Task<(string Path, int Line, int Character)> DefinitionAsync(string at)
    {
        var definition = await _server.UntilAsync(
            () => _server.RequestAsync("textDocument/definition", Lsp.At(Probe, Lsp.Position(SampleConsumer.Probe, at))),
            answer => Lsp.Locations(answer).Count > 0, LoadLimit, $"definition at '{at}'");
        return Lsp.Locations(definition).ShouldHaveSingleItem();
    }
}
