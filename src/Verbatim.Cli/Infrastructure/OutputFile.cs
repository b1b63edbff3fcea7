namespace Verbatim.Cli.Infrastructure;

/// <summary>One file a command writes: its name inside the output folder and its text (UTF-8, LF line ends).</summary>
internal sealed record OutputFile(string Name, string Text);
