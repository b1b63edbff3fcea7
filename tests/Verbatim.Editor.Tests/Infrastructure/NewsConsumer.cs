namespace Verbatim.Editor.Tests.Infrastructure;

/// <summary>A user's project that references the packed Verbatim, holds <see cref="NewsCorpus"/> and uses its API.</summary>
internal static class NewsConsumer
{
    public const string Program = """
        using News.Corpus;

        System.Console.WriteLine(Speakers.Tillerson.Name);
        System.Console.WriteLine(Articles.MoscowTalks.LowTrust.Text);
        """;

    public static ConsumerProject Create(PackedVerbatim verbatim, string folder, string name = "News") =>
        ConsumerProject.Create(verbatim, folder, name, "net10.0", new Dictionary<string, string> { ["OutputType"] = "Exe", ["RootNamespace"] = "News" })
            .WithNewsCorpus()
            .Write("Program.cs", Program);
}
