namespace Verbatim.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The <c>verbatim</c> tool as a user gets it: <c>Verbatim.Cli</c> packed (without building again)
/// into the run's feed beside <c>Verbatim</c>, then installed from that feed into a folder of its
/// own with <c>dotnet tool install --tool-path</c>.
/// </summary>
internal sealed class InstalledTool
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(4);

    private readonly PackedVerbatim _verbatim;

    private InstalledTool(PackedVerbatim verbatim, CommandResult pack, CommandResult? install, string command)
    {
        _verbatim = verbatim;
        PackResult = pack;
        InstallResult = install;
        Command = command;
    }

    public CommandResult PackResult { get; }

    /// <summary>The packed <c>Verbatim.Cli</c> package in the run's feed.</summary>
    public string Package => Path.Combine(_verbatim.Feed, $"Verbatim.Cli.{_verbatim.Version}.nupkg");

    public CommandResult? InstallResult { get; }

    /// <summary>The installed <c>verbatim</c> executable.</summary>
    public string Command { get; }

    public static InstalledTool PackAndInstall(PackedVerbatim verbatim, IReadOnlyDictionary<string, string> packVariables, string project, string configuration)
    {
        var pack = DotNetCli.Run(verbatim.Root, packVariables, InstallTimeout,
            "pack", project, "--no-build", "-c", configuration, "-o", verbatim.Feed, "-nodeReuse:false", "-p:Version=" + verbatim.Version);
        var toolPath = Path.Combine(verbatim.Root, "tools");
        var command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "verbatim.exe" : "verbatim");
        if (!pack.Succeeded)
        {
            return new InstalledTool(verbatim, pack, null, command);
        }
        var install = DotNetCli.Run(verbatim.Root, verbatim.Variables, InstallTimeout,
            "tool", "install", "Verbatim.Cli", "--version", verbatim.Version, "--tool-path", toolPath);
        return new InstalledTool(verbatim, pack, install, command);
    }

    /// <summary>Runs <c>verbatim arguments…</c> in <paramref name="workingDirectory"/>; fails the test when packing or installing failed.</summary>
    public CommandResult Run(string workingDirectory, params string[] arguments)
    {
        PackResult.Succeeded.ShouldBeTrue(PackResult.ToString());
        InstallResult.ShouldNotBeNull();
        InstallResult.Succeeded.ShouldBeTrue(InstallResult.ToString());
        return _verbatim.Program(Command, workingDirectory, arguments);
    }
}
