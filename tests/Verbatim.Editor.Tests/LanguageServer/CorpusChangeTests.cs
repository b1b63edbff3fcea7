using System.Diagnostics;
using System.Text.Json;

namespace Verbatim.Editor.Tests.LanguageServer;

/// <summary>
/// A corpus file changed on disk while csharp-ls runs. csharp-ls 0.28.0 acts on <c>workspace/didChangeWatchedFiles</c>
/// for <c>.cs</c>, <c>.cshtml</c>, <c>.csproj</c> and <c>.sln(x)</c> files only (its <c>Handlers/Workspace.fs</c>), and
/// registers watchers for those only: a changed corpus file reaches it when the project reloads (docs/editors.md).
/// </summary>
[Collection(EditorCollection.Name)]
public sealed class CorpusChangeTests(EditorProjects projects)
{
    [Fact]
    public async Task A_new_quote_id_on_disk_shows_up_in_completion_once_the_server_reloads_the_project()
    {
        var (command, sample) = projects.LanguageServer();
        string probe = Path.Combine(sample.Directory, "EditorProbe.cs");
        string article = Path.Combine(sample.Directory, "articles", "nyt-tillerson-putin.article.md");
        await using var server = await CSharpLs.StartAsync(command, sample.Directory, projects.Verbatim.Variables);
        await server.NotifyAsync("textDocument/didOpen", new
        {
            textDocument = new { uri = CSharpLs.Uri(probe), languageId = "csharp", version = 1, text = SampleConsumer.Probe },
        });
        Task<JsonElement> Completion() => server.RequestAsync("textDocument/completion",
            Lsp.At(probe, Lsp.Position(SampleConsumer.Probe, "Corpus.Articles.NytTillersonPutin.")));
        await server.UntilAsync(Completion, answer => Lsp.Item(answer, "LowTrust") is not null, TimeSpan.FromMinutes(4), "the project loads");

        File.WriteAllText(article, File.ReadAllText(article).Replace("{@trump ", "{@trump#reloaded-quote ", StringComparison.Ordinal));
        await server.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = CSharpLs.Uri(article), type = 2 } } });
        // Ignored: asked again and again for a while, completion still lacks the new member.
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            Lsp.Item(await Completion(), "ReloadedQuote").ShouldBeNull("csharp-ls now reads corpus file changes: update docs/editors.md");
            await Task.Delay(500);
        }

        // What a changed project file makes it do: reload the project, corpus files included.
        string project = Path.Combine(sample.Directory, "SampleCorpus.csproj");
        await server.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = CSharpLs.Uri(project), type = 2 } } });
        var reloaded = await server.UntilAsync(Completion, answer => Lsp.Item(answer, "ReloadedQuote") is not null, TimeSpan.FromMinutes(4),
            "completion after the project reloads lists the new quote");
        (await server.DescribeAsync(Lsp.Item(reloaded, "ReloadedQuote")!.Value)).ShouldContain("“animal,” (Donald Trump)");
    }
}
