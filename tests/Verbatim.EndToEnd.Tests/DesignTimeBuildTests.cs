using System.Text.Json;

namespace Verbatim.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class DesignTimeBuildTests(PackedVerbatim verbatim)
{
    [Fact]
    public void The_design_time_build_hands_the_compiler_each_corpus_file_once_and_nothing_from_output_folders()
    {
        var project = ConsumerProject.Create(verbatim, nameof(DesignTimeBuildTests), "NewsLib", "net10.0",
                new Dictionary<string, string> { ["BaseOutputPath"] = "out/" },
                """

                    <AdditionalFiles Include="articles/follow-up.article.md" />
                """)
            .WithNewsCorpus()
            .Write("bin/Debug/stale.article.md", NewsCorpus.FollowUp)
            .Write("obj/stale.speakers.yaml", NewsCorpus.Registry)
            .Write("out/Debug/stale.article.md", NewsCorpus.FollowUp);
        var restore = verbatim.DotNet(project.Directory, "restore", "-nodeReuse:false");
        restore.Succeeded.ShouldBeTrue(restore.ToString());

        // What an IDE asks for: the compiler's command line, computed without compiling.
        var designTime = verbatim.DotNet(project.Directory, "msbuild", "-nologo", "-nodeReuse:false", "-t:Compile",
            "-p:DesignTimeBuild=true", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true",
            "-p:NonExistentFile=__NonExistentSubDir__/__NonExistentFile__", "-getItem:CscCommandLineArgs");

        designTime.Succeeded.ShouldBeTrue(designTime.ToString());
        AdditionalFiles(designTime.Output, project.Directory).ShouldBe(
            ["articles/follow-up.article.md", "articles/moscow-talks.article.md", "people.speakers.yaml"], designTime.ToString());
    }

    private static List<string> AdditionalFiles(string getItemJson, string projectDirectory)
    {
        const string Switch = "/additionalfile:";
        using var json = JsonDocument.Parse(getItemJson);
        return json.RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs").EnumerateArray()
            .Select(argument => argument.GetProperty("Identity").GetString()!)
            .Where(argument => argument.StartsWith(Switch, StringComparison.Ordinal))
            .Select(argument => Path.GetFullPath(argument[Switch.Length..], projectDirectory))
            .Select(path => Path.GetRelativePath(projectDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
