namespace Verbatim.EndToEnd.Tests.Infrastructure;

/// <summary>What a command printed and how it ended; its text is the assertion message of every check on it.</summary>
internal sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() =>
        $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode} after {Elapsed.TotalSeconds:F1} s:{Environment.NewLine}{Output}";
}
