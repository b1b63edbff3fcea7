namespace Verbatim.EndToEnd.Tests;

/// <summary>
/// The generated code names corpus files in <c>#line</c> directives and the PDB embeds generated code,
/// so the build is deterministic across checkout folders only if those paths go through PathMap as the
/// compiler's own do (docs/generated-api.md, "Where members come from").
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class DeterministicBuildTests(PackedVerbatim verbatim)
{
    [Theory]
    [InlineData("explicit-path-map")]
    [InlineData("continuous-integration")]
    public void Two_checkouts_in_different_folders_build_the_same_assembly_and_pdb(string setting)
    {
        var builds = new[] { "first", Path.Combine("second", "deeper") }.Select(checkout =>
        {
            // Outside a repository, ContinuousIntegrationBuild maps the source roots the project declares
            // (in a repository, Source Link declares the repository's root).
            string sourceRoot = setting == "continuous-integration" ? "\n    <SourceRoot Include=\"$(MSBuildProjectDirectory)/\" />" : "";
            var project = ConsumerProject.Create(verbatim, Path.Combine(nameof(DeterministicBuildTests), setting, checkout), "News", "net10.0",
                    new Dictionary<string, string> { ["RootNamespace"] = "News" }, sourceRoot)
                .WithNewsCorpus()
                .Write("Headline.cs", "namespace News; public static class Headline { public static string Speaker => News.Corpus.Speakers.Tillerson.Name; }\n");
            string deterministic = setting == "continuous-integration"
                ? "-p:ContinuousIntegrationBuild=true"
                : "-p:PathMap=" + project.Directory + "=/_/";
            var build = project.Build(deterministic, "-p:Deterministic=true");
            build.Succeeded.ShouldBeTrue(build.ToString());
            string output = Path.Combine(project.Directory, "bin", "Debug", "net10.0");
            return (Assembly: File.ReadAllBytes(Path.Combine(output, "News.dll")), Pdb: File.ReadAllBytes(Path.Combine(output, "News.pdb")), Log: build.ToString());
        }).ToList();

        builds[1].Pdb.SequenceEqual(builds[0].Pdb).ShouldBeTrue("the PDBs differ");
        builds[1].Assembly.SequenceEqual(builds[0].Assembly).ShouldBeTrue("the assemblies differ");
    }
}
