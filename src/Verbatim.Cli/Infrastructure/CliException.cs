using System;

namespace Verbatim.Cli.Infrastructure;

/// <summary>
/// A problem the user can fix (bad input, an output that exists): the tool prints the message
/// alone, no stack trace, and ends with <see cref="ExitCode"/>.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }

    public static CliException Input(string message) => new(ExitCodes.BadInput, message);

    public static CliException Output(string message) => new(ExitCodes.BadOutput, message);
}
