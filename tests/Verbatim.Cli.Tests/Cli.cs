using Verbatim.Cli.Infrastructure;

namespace Verbatim.Cli.Tests;

/// <summary>What one in-process run of the tool printed and returned; its text is every assertion's message.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Error}";
}

/// <summary>Runs the tool in-process, as <c>verbatim args…</c> from a shell would, with plain output.</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = VerbatimApp.Run(args, Terminal.Plain(output, error));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static string ScreenshotDirectory { get; } = BuildFacts.Get(typeof(Cli).Assembly, "ScreenshotDirectory");
}

/// <summary>A corpus folder of a test's own, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("verbatim-cli-").FullName;

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public TempFolder Write(string relative, string text)
    {
        var path = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(this[relative]);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
