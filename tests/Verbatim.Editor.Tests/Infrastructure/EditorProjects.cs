
namespace Verbatim.Editor.Tests.Infrastructure;

/// <summary>
/// What every editor test opens, made once per run: the sample in place (built with these tests), and
/// a fresh package consumer (<see cref="NewsCorpus"/> with the packed Verbatim), restored and built.
/// Tests change them in memory only (forks of the workspace's solution), never on disk.
/// </summary>
public sealed class EditorProjects : IAsyncLifetime
{
    public PackedVerbatim Verbatim { get; } = new();

    public OpenedProject Sample { get; private set; } = null!;

    public OpenedProject News { get; private set; } = null!;

    private (string Command, ConsumerProject Sample)? _languageServer;

    /// <summary>csharp-ls installed into this run's tool folder, and a package-consumer copy of the sample for it to open (made on first use).</summary>
    internal (string Command, ConsumerProject Sample) LanguageServer() =>
        _languageServer ??= (Editor.Tests.LanguageServer.CSharpLs.Install(Verbatim, Path.Combine(Verbatim.Root, "tools")),
            Editor.Tests.LanguageServer.SampleConsumer.Create(Verbatim, "language-server"));

    public async Task InitializeAsync()
    {
        var news = NewsConsumer.Create(Verbatim, nameof(EditorProjects));
        var build = news.Build();
        build.Succeeded.ShouldBeTrue(build.ToString());
        Sample = await OpenedProject.OpenAsync(BuildFact("SampleCorpusProject"));
        News = await OpenedProject.OpenAsync(news.ProjectPath);
    }

    public Task DisposeAsync()
    {
        Sample?.Dispose();
        News?.Dispose();
        Verbatim.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A fact about the build of these tests, recorded in their assembly by the project file.</summary>
    public static string BuildFact(string key) => BuildFacts.Get(typeof(EditorProjects).Assembly, key);
}

/// <summary>All editor tests share the projects and run one after another (2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class EditorCollection : ICollectionFixture<EditorProjects>
{
    public const string Name = "Editor projects";
}
