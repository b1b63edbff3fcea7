using System.Globalization;

namespace Verbatim.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Verbatim packed once per test run into a local feed, under a version no other run uses, and a
/// folder for consumer projects whose nuget.config adds that feed to the machine's usual sources.
/// Consumers restore into a package folder of this run only, so no cached package can stand in.
/// </summary>
public sealed class PackedVerbatim : IDisposable
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    public PackedVerbatim()
    {
        Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        Root = Directory.CreateTempSubdirectory("verbatim-e2e-").FullName;
        var feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        var packages = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        Variables = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = packages,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_CLI_UI_LANGUAGE"] = "en",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        };

        // The package project and what it references were built with this test project (a project
        // reference): pack those very outputs, under this run's version, without compiling again.
        // The same environment finds the same output folders (VERBATIM_WORKER, CI); the pack restores
        // nothing, so the package folder its build recorded stays the machine's own.
        var packVariables = Variables.Where(variable => variable.Key != "NUGET_PACKAGES").ToDictionary();
        PackResult = DotNetCli.Run(Root, packVariables, PackTimeout,
            "pack", BuildFact("VerbatimPackageProject"), "--no-build", "-c", BuildFact("VerbatimBuildConfiguration"), "-o", feed,
            "-nodeReuse:false", "-p:Version=" + Version);
        Package = Path.Combine(feed, $"Verbatim.{Version}.nupkg");
        Feed = feed;
        // Only the tool's tests need it packed: the others do not wait for it.
        _tool = new Lazy<InstalledTool>(() => InstalledTool.PackAndInstall(this, packVariables, BuildFact("VerbatimCliProject"), BuildFact("VerbatimBuildConfiguration")));

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="verbatim-e2e" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        // Stop MSBuild's upward search here: nothing above the temporary folder may shape a consumer.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(Root, name), "<Project />\n");
        }
    }

    public string Version { get; }

    /// <summary>The folder that holds the feed, the package cache and every consumer of this run.</summary>
    public string Root { get; }

    public string Package { get; }

    /// <summary>The local feed both packages are packed into.</summary>
    public string Feed { get; }

    /// <summary>The <c>verbatim</c> tool, packed into the feed and installed from it with <c>dotnet tool install --tool-path</c>, once per run.</summary>
    internal InstalledTool Tool => _tool.Value;

    private readonly Lazy<InstalledTool> _tool;

    internal CommandResult PackResult { get; }

    /// <summary>The variables every consumer command runs with.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }

    /// <summary>A dotnet command of a consumer, with this run's package folder and a time limit.</summary>
    internal CommandResult DotNet(string workingDirectory, params string[] arguments) =>
        DotNetCli.Run(workingDirectory, Variables, CommandTimeout, arguments);

    /// <summary>A program other than dotnet, with the same variables and time limit.</summary>
    internal CommandResult Program(string program, string workingDirectory, params string[] arguments) =>
        DotNetCli.RunProgram(program, workingDirectory, Variables, CommandTimeout, arguments);

    /// <summary>The sample corpus of the repository (read only: tests copy what they change).</summary>
    public static string SampleCorpus => RepositoryFiles.SampleCorpus;

    /// <summary>Fails the calling test with the pack output when packing went wrong.</summary>
    public void ShouldBePacked()
    {
        PackResult.Succeeded.ShouldBeTrue(PackResult.ToString());
        File.Exists(Package).ShouldBeTrue(PackResult.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; a failed test run should not fail on cleanup.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A fact about the build of these tests, recorded in their assembly by the project file.</summary>
    internal static string BuildFact(string key) => BuildFacts.Get(typeof(PackedVerbatim).Assembly, key);
}
