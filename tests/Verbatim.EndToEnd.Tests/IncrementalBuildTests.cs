namespace Verbatim.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class IncrementalBuildTests(PackedVerbatim verbatim)
{
    [Fact]
    public void A_second_build_after_editing_one_article_picks_up_the_edit()
    {
        var app = ConsumerProject.Create(verbatim, nameof(IncrementalBuildTests), "NewsApp", "net10.0",
                new Dictionary<string, string> { ["OutputType"] = "Exe" })
            .WithNewsCorpus()
            .Write("Program.cs", "System.Console.WriteLine(NewsApp.Corpus.Articles.FollowUp.Title);");
        var first = app.Build();
        first.Succeeded.ShouldBeTrue(first.ToString());
        app.Run().Output.Trim().ShouldBe("A Second Meeting");

        app.Write("articles/follow-up.article.md", NewsCorpus.FollowUp.Replace("A Second Meeting", "A Third Meeting"));
        var second = app.Build("--no-restore");
        second.Succeeded.ShouldBeTrue(second.ToString());
        var run = app.Run();

        run.Output.Trim().ShouldBe("A Third Meeting", run.ToString());
    }
}
