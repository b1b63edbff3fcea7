namespace Verbatim.Cli.Export;

/// <summary>One file an export writes: its name inside the output folder and its text (UTF-8, LF line ends).</summary>
internal sealed record ExportFile(string Name, string Text);
