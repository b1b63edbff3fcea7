using Microsoft.CodeAnalysis;

namespace Verbatim.Cli.Checking;

/// <summary>One diagnostic of the analyzer, placed in the corpus folder.</summary>
/// <param name="Path">The file relative to the corpus folder (with <c>/</c>), or null for a diagnostic with no place.</param>
/// <param name="Line">1-based line of the start, as the compiler prints it.</param>
/// <param name="Column">1-based column of the start.</param>
/// <param name="EndLine">1-based line of the end.</param>
/// <param name="EndColumn">1-based column just past the end.</param>
internal sealed record CheckedDiagnostic(
    string Id,
    DiagnosticSeverity Severity,
    string Message,
    string? Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Title,
    string? HelpLink)
{
    /// <summary>The word the compiler prints for the severity.</summary>
    public string SeverityWord => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>
    /// The line as the .NET SDK's compiler prints a diagnostic, help link included:
    /// <c>path(line,col): error VQ0001: message (https://…#vq0001)</c>.
    /// </summary>
    public string ToMsBuildLine()
    {
        string text = HelpLink is null ? Message : $"{Message} ({HelpLink})";
        return Path is null
            ? $"verbatim: {SeverityWord} {Id}: {text}"
            : $"{Path}({Line},{Column}): {SeverityWord} {Id}: {text}";
    }
}
