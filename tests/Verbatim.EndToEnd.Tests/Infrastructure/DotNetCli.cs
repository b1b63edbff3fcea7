using System.Diagnostics;
using System.Text;

namespace Verbatim.EndToEnd.Tests.Infrastructure;

/// <summary>Runs the dotnet CLI the way a user's shell would, with a time limit, capturing all it prints.</summary>
internal static class DotNetCli
{
    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments) =>
        RunProgram("dotnet", workingDirectory, environment, timeout, arguments);

    /// <summary>Runs <paramref name="program"/> (a path, or a name on PATH) the same way.</summary>
    public static CommandResult RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside an MSBuild-launched process: its MSBuild variables would point the
        // child at the host's SDK state instead of a clean user's one.
        foreach (var name in start.Environment.Keys.Where(IsInheritedBuildState).ToList())
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);

        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bool exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.WaitForExit(); // drains the redirected streams
        clock.Stop();

        var commandLine = program + " " + string.Join(" ", arguments);
        string text;
        lock (output)
        {
            text = output.ToString();
        }
        return exited
            ? new CommandResult(commandLine, workingDirectory, process.ExitCode, text, clock.Elapsed)
            : new CommandResult(commandLine, workingDirectory, -1, $"{text}{Environment.NewLine}[killed after {timeout.TotalSeconds:F0} s]", clock.Elapsed);
    }

    /// <summary>A variable of the MSBuild or test host process that a child process must not inherit.</summary>
    internal static bool IsInheritedBuildState(string name) =>
        name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
