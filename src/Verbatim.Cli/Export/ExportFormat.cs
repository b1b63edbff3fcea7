namespace Verbatim.Cli.Export;

/// <summary>The formats of <c>verbatim export --format</c>.</summary>
internal enum ExportFormat
{
    Jsonl,
    Brat,
    Tei,
}
