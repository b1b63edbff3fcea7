using System.CommandLine;
using Verbatim.Cli.Commands;
using Verbatim.Cli.Infrastructure;

namespace Verbatim.Cli;

/// <summary>
/// The <c>verbatim</c> command tree. The console is kept out (a <see cref="Terminal"/> comes in),
/// so tests run the tool in-process. A new command is one <c>XCommand.Create</c> added here.
/// </summary>
internal static class VerbatimApp
{
    public static RootCommand CreateCommands(Terminal terminal) =>
        new("Checks, exports, imports and reports on a folder of Verbatim corpus files (*.article.md, *.speakers.yaml), and drafts annotated articles from raw text. See docs/cli.md.")
        {
            CheckCommand.Create(terminal),
            ExportCommand.Create(terminal),
            ImportCommand.Create(terminal),
            ReportCommand.Create(terminal),
            AnnotateCommand.Create(terminal),
        };

    public static int Run(string[] args, Terminal terminal)
    {
        var parse = CreateCommands(terminal).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                terminal.Error.WriteLine($"verbatim: {error.Message}");
            }
            terminal.Error.WriteLine("Run 'verbatim --help' for the commands and their options.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = terminal.Out,
                Error = terminal.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException problem)
        {
            terminal.Error.WriteLine($"verbatim: {problem.Message}");
            return problem.ExitCode;
        }
    }
}
