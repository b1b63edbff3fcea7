using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Verbatim.Generators.Analysis;
using Verbatim.Generators.Tests.Generation;
using static Verbatim.Generators.Tests.Analysis.Corpora;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>
/// A message that names another corpus file names it relative to the project folder, with <c>/</c>
/// separators, as <c>Article.SourcePath</c> does; the diagnostic itself stays in its file as the compiler gave it.
/// </summary>
public sealed class OtherFilePathTests
{
    private const string Project = "/home/me/src/App/";

    [Fact]
    public async Task An_undefined_speaker_names_the_registry_relative_to_the_project()
    {
        var rendered = await RenderedAsync(
            BuildProperties.Of(("ProjectDir", Project)),
            (Project + "corpus.speakers.yaml", Registry),
            (Project + "articles/a.article.md", Article(QuotesBoth + " {@lavrov “Facts.”}")));

        rendered.ShouldBe(new[]
        {
            "/home/me/src/App/articles/a.article.md(4,51): error VQ0001: Speaker 'lavrov' is not defined; add it to 'corpus.speakers.yaml' or to the front matter's 'speakers'.",
        });
    }

    [Fact]
    public async Task Duplicates_name_the_first_file_relative_to_the_project()
    {
        var rendered = await RenderedAsync(
            BuildProperties.Of(("ProjectDir", Project)),
            (Project + "corpus.speakers.yaml", Registry),
            (Project + "articles/a.article.md", Article("id: meeting\ntitle: Meeting\nspeakers:\n  putin: { name: Vladimir Putin }", QuotesBoth)),
            (Project + "articles/b.article.md", Article("id: meeting\ntitle: Again", "Nothing said.")));

        rendered.ShouldBe(new[]
        {
            "/home/me/src/App/articles/b.article.md(2,5): error VQ0004: Article id 'meeting' is already used by 'articles/a.article.md'; give this article another id.",
            "/home/me/src/App/corpus.speakers.yaml(4,1): error VQ0004: Speaker 'putin' is already defined differently in 'articles/a.article.md'; make the definitions identical or use another id.",
        });
    }

    [Theory]
    // Windows separators and a drive or folder spelt in another case, as MSBuild and the compiler may.
    [InlineData("ProjectDir", @"C:\src\App\", @"c:\SRC\App\corpus\people.speakers.yaml", "corpus/people.speakers.yaml")]
    // Outside the project folder: the full path, still with '/'.
    [InlineData("ProjectDir", @"C:\src\App\", @"C:\shared\people.speakers.yaml", "C:/shared/people.speakers.yaml")]
    [InlineData("ProjectDir", Project, "/home/me/shared/people.speakers.yaml", "/home/me/shared/people.speakers.yaml")]
    // The generator's fallback property, which has no trailing separator.
    [InlineData("MSBuildProjectDirectory", "/home/me/src/App", Project + "corpus.speakers.yaml", "corpus.speakers.yaml")]
    public async Task The_registry_is_named_as_the_generator_names_source_paths(string property, string projectDirectory, string registryPath, string shown)
    {
        var rendered = await RenderedAsync(
            BuildProperties.Of((property, projectDirectory)),
            (registryPath, Registry),
            (projectDirectory.TrimEnd('/', '\\') + "/a.article.md", Article(QuotesBoth + " {@lavrov “Facts.”}")));

        rendered.ShouldHaveSingleItem().ShouldEndWith($": error VQ0001: Speaker 'lavrov' is not defined; add it to '{shown}' or to the front matter's 'speakers'.");
    }

    [Fact]
    public async Task Without_a_project_directory_files_are_named_as_the_compiler_gave_them()
    {
        var rendered = await RenderedAsync(
            BuildProperties.Of(("RootNamespace", "App")),
            (@"C:\src\App\corpus\people.speakers.yaml", Registry),
            (@"C:\src\App\a.article.md", Article(QuotesBoth + " {@lavrov “Facts.”}")));

        rendered.ShouldHaveSingleItem().ShouldEndWith(@"add it to 'C:\src\App\corpus\people.speakers.yaml' or to the front matter's 'speakers'.");
    }

    [Fact]
    public async Task One_analyzer_follows_a_change_of_project_directory_over_unchanged_files()
    {
        var analyzer = new CorpusAnalyzer();
        // The same texts each time, so every parse comes from the analyzer's cache and only the property differs.
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText(Project + "corpus.speakers.yaml", Registry),
            new InMemoryAdditionalText(Project + "a.article.md", Article(QuotesBoth + " {@lavrov “Facts.”}")),
        };

        var relative = await AnalyzerRun.DiagnosticsAsync(files, buildProperties: BuildProperties.Of(("ProjectDir", Project)), analyzer: analyzer);
        var absolute = await AnalyzerRun.DiagnosticsAsync(files, buildProperties: BuildProperties.Of(), analyzer: analyzer);

        AnalyzerRun.Render(relative.ShouldHaveSingleItem()).ShouldContain("add it to 'corpus.speakers.yaml'");
        AnalyzerRun.Render(absolute.ShouldHaveSingleItem()).ShouldContain("add it to '/home/me/src/App/corpus.speakers.yaml'");
    }

    private static Task<string[]> RenderedAsync(AnalyzerConfigOptionsProvider buildProperties, params (string Path, string Text)[] files) =>
        AnalyzerRun.RenderedAsync(files, buildProperties);
}
