namespace Verbatim.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class PropertyTests(PackedVerbatim verbatim)
{
    private const string OwnArticle = """
        ---
        title: Listed By Hand
        speakers:
          editor: { name: The Editor }
        ---
        {@editor “Only this file takes part.”}
        """;

    // Would fail the build with VQ0001 if it were included.
    private const string UnlistedArticle = """
        ---
        title: Not Listed
        ---
        {@nobody “Never compiled.”}
        """;

    private const string Program = """
        System.Console.WriteLine($"lib: {Shared.News.Articles.All.Count}, {Shared.News.Speakers.Tillerson.Name}");
        System.Console.WriteLine($"app: {App.Corpus.Articles.All.Count}, {App.Corpus.Articles.All[0].Title}");
        """;

    [Fact]
    public void Namespace_visibility_and_auto_include_are_honoured_and_hand_listed_files_are_not_doubled()
    {
        // Two corpus files listed by hand, spelt differently from the automatic items: still one each.
        ConsumerProject.Create(verbatim, nameof(PropertyTests), "Lib", "net10.0",
                new Dictionary<string, string> { ["VerbatimNamespace"] = "Shared.News", ["VerbatimVisibility"] = "public" },
                """

                    <AdditionalFiles Include="articles\moscow-talks.article.md" />
                    <AdditionalFiles Include="./people.speakers.yaml" />
                """)
            .WithNewsCorpus();
        var app = ConsumerProject.Create(verbatim, nameof(PropertyTests), "App", "net10.0",
                new Dictionary<string, string> { ["OutputType"] = "Exe", ["VerbatimAutoInclude"] = "false" },
                """

                    <ProjectReference Include="../Lib/Lib.csproj" />
                    <AdditionalFiles Include="own.article.md" />
                """)
            .Write("own.article.md", OwnArticle)
            .Write("unlisted.article.md", UnlistedArticle)
            .Write("Program.cs", Program);

        var build = app.Build();
        build.Succeeded.ShouldBeTrue(build.ToString());
        var run = app.Run();

        run.Succeeded.ShouldBeTrue(run.ToString());
        run.Output.ReplaceLineEndings("\n").ShouldBe("""
            lib: 2, Rex W. Tillerson
            app: 1, Listed By Hand

            """, run.ToString());
    }
}
