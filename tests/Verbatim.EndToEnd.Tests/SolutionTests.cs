namespace Verbatim.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class SolutionTests(PackedVerbatim verbatim)
{
    private const string AppArticle = """
        ---
        title: The App's Own Story
        speakers:
          editor: { name: The Editor }
        ---
        {@editor “Both projects generate News.Corpus.”}
        """;

    [Fact]
    public void Two_projects_that_both_use_Verbatim_in_one_namespace_build_together_when_one_references_the_other()
    {
        // The same RootNamespace: both generate internal News.Corpus types; neither may see or clash with the other's.
        var sameNamespace = new Dictionary<string, string> { ["RootNamespace"] = "News" };
        ConsumerProject.Create(verbatim, nameof(SolutionTests), "Lib", "net10.0", sameNamespace)
            .WithNewsCorpus()
            .Write("LibFacts.cs", "namespace News; public static class LibFacts { public static int ArticleCount => Corpus.Articles.All.Count; }");
        var app = ConsumerProject.Create(verbatim, nameof(SolutionTests), "App", "net10.0",
                new Dictionary<string, string>(sameNamespace) { ["OutputType"] = "Exe" },
                """

                    <ProjectReference Include="../Lib/Lib.csproj" />
                """)
            .Write("story.article.md", AppArticle)
            .Write("Program.cs", """System.Console.WriteLine($"app: {News.Corpus.Articles.All[0].Title}, lib: {News.LibFacts.ArticleCount}");""");
        var solutionFolder = Path.Combine(verbatim.Root, nameof(SolutionTests));
        File.WriteAllText(Path.Combine(solutionFolder, "News.slnx"), """
            <Solution>
              <Project Path="Lib/Lib.csproj" />
              <Project Path="App/App.csproj" />
            </Solution>
            """);

        var build = verbatim.DotNet(solutionFolder, "build", "News.slnx", "-nodeReuse:false", "-nologo", "-v:q");
        build.Succeeded.ShouldBeTrue(build.ToString());
        build.Output.ShouldNotContain(": warning ", Case.Sensitive, build.ToString());
        var run = app.Run();

        run.Succeeded.ShouldBeTrue(run.ToString());
        run.Output.Trim().ShouldBe("app: The App's Own Story, lib: 2", run.ToString());
    }
}
