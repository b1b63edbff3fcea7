namespace Verbatim.Editor.Tests.LanguageServer;

/// <summary>
/// The sample as a user who installed the package has it: its corpus and code copied to a fresh
/// folder, with a project file that references the packed Verbatim, restored and built. A copy,
/// so a test may change its corpus files on disk.
/// </summary>
internal static class SampleConsumer
{
    /// <summary>A file the language server is asked about: the API used where a user would use it.</summary>
    public const string Probe = """
        namespace SampleCorpus;

        internal static class EditorProbe
        {
            public static object Speaker => Corpus.Speakers.Tillerson;

            public static object Quote => Corpus.Articles.NytTillersonPutin.LowTrust;
        }
        """;

    public static ConsumerProject Create(PackedVerbatim verbatim, string folder)
    {
        var project = ConsumerProject.Create(verbatim, folder, "SampleCorpus", "net10.0",
            new Dictionary<string, string> { ["OutputType"] = "Exe", ["RootNamespace"] = "SampleCorpus" },
            // The sample's own package references (its report's command line and word diff), at the repository's versions.
            string.Concat(EditorProjects.BuildFact("SamplePackages").Split(';').Select(package => package.Split('/'))
                .Select(package => $"\n    <PackageReference Include=\"{package[0]}\" Version=\"{package[1]}\" />")));
        string sample = Path.GetDirectoryName(EditorProjects.BuildFact("SampleCorpusProject"))!;
        foreach (string file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(sample, file);
            bool isSource = file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".article.md", StringComparison.Ordinal)
                || file.EndsWith(".speakers.yaml", StringComparison.Ordinal);
            if (isSource && !relative.StartsWith("bin", StringComparison.Ordinal) && !relative.StartsWith("obj", StringComparison.Ordinal))
            {
                project.Write(relative, File.ReadAllText(file));
            }
        }
        project.Write("EditorProbe.cs", Probe);
        var build = project.Build();
        build.Succeeded.ShouldBeTrue(build.ToString());
        return project;
    }
}
