using System.CommandLine;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Verbatim.Cli.Checking;
using Verbatim.Cli.Infrastructure;

namespace Verbatim.Cli.Commands;

/// <summary><c>verbatim check [folder] [--sarif FILE]</c>: the analyzer's diagnostics, as a build prints them.</summary>
internal static class CheckCommand
{
    public static Command Create(Terminal terminal)
    {
        var folder = CommonArguments.Folder();
        var sarif = new Option<FileInfo?>("--sarif")
        {
            Description = "Also write the diagnostics to this file as a SARIF 2.1.0 log.",
            HelpName = "FILE",
        };
        var command = new Command("check", "Report every mistake in the corpus, as the Verbatim analyzer does in a build: path(line,col): error VQ0001: ... Exits with 1 when there is an error.")
        {
            folder,
            sarif,
        };
        command.SetAction(parse => Run(terminal, parse.GetValue(folder), parse.GetValue(sarif)));
        return command;
    }

    private static int Run(Terminal terminal, string? folderPath, FileInfo? sarif)
    {
        var folder = CorpusFolder.Read(folderPath, terminal);
        var diagnostics = terminal.WithStatus($"Checking {folder.Files.Count} corpus files", folder.Files.Count, () => CorpusCheck.Run(folder));
        foreach (var diagnostic in diagnostics)
        {
            terminal.Out.WriteLine(diagnostic.ToMsBuildLine());
        }
        if (sarif is not null)
        {
            OutputFiles.Write(sarif.FullName, stream => SarifLog.Write(stream, diagnostics, folder.Root, ToolVersion.Current));
        }

        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        int infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        var rows = diagnostics
            .GroupBy(d => (d.Id, d.SeverityWord))
            .OrderBy(g => g.Key.Id, System.StringComparer.Ordinal)
            .Select(g => new[] { g.Key.Id, g.Key.SeverityWord, g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), g.First().Title });
        terminal.Summary(
            new[] { "id", "severity", "count", "what" },
            rows,
            $"{folder.Files.Count} corpus files checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")}.");
        return errors > 0 ? ExitCodes.CorpusErrors : ExitCodes.Success;
    }

    private static string Plural(int count, string word) =>
        count == 1 || word == "info" ? $"{count} {word}" : $"{count} {word}s";
}
