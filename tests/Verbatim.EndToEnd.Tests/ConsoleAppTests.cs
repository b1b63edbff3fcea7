namespace Verbatim.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class ConsoleAppTests(PackedVerbatim verbatim)
{
    private const string Program = """
        using System;
        using System.Globalization;
        using NewsApp.Corpus;

        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine($"articles: {Articles.All.Count}, first: {Articles.All[0].Id}");
        Console.WriteLine($"speaker: {Speakers.Tillerson.Name}, {Speakers.Tillerson.Role}");
        Console.WriteLine($"quote: {Articles.MoscowTalks.LowTrust.Text}");
        Console.WriteLine($"published: {Articles.MoscowTalks.Published:yyyy-MM-dd}, from: {Articles.MoscowTalks.SourcePath}");
        Console.WriteLine($"quotes: {Quotes.All.Count}, by Lavrov: {Speakers.Lavrov.Quotes.Count}");
        """;

    [Fact]
    public void A_console_app_picks_up_its_corpus_without_a_project_edit_runs_and_ships_nothing_of_the_package()
    {
        var app = ConsumerProject.Create(verbatim, nameof(ConsoleAppTests), "NewsApp", "net10.0",
                new Dictionary<string, string> { ["OutputType"] = "Exe" })
            .WithNewsCorpus()
            .Write("Program.cs", Program);

        var build = app.Build();
        build.Succeeded.ShouldBeTrue(build.ToString());
        var run = app.Run();

        run.Succeeded.ShouldBeTrue(run.ToString());
        run.Output.ReplaceLineEndings("\n").ShouldBe("""
            articles: 2, first: follow-up
            speaker: Rex W. Tillerson, U.S. Secretary of State
            quote: There is a low level of trust between our countries,
            published: 2017-04-12, from: articles/moscow-talks.article.md
            quotes: 3, by Lavrov: 2

            """, run.ToString());

        // A development dependency: no assembly of Verbatim or its YamlDotNet is copied or listed.
        var output = Path.Combine(app.Directory, "bin", "Debug", "net10.0");
        Directory.GetFiles(output, "Verbatim*.dll").ShouldBeEmpty();
        Directory.GetFiles(output, "YamlDotNet.dll").ShouldBeEmpty();
        File.ReadAllText(Path.Combine(output, "NewsApp.deps.json")).ShouldNotContain("Verbatim");
    }
}
