using System.CommandLine;
using System.Linq;
using Verbatim.Cli.Brat;
using Verbatim.Cli.Infrastructure;

namespace Verbatim.Cli.Commands;

/// <summary><c>verbatim import brat DIR --output FOLDER</c>: one subcommand per source format.</summary>
internal static class ImportCommand
{
    public static Command Create(Terminal terminal) =>
        new("import", "Turn annotations made in another format into a corpus folder.")
        {
            Brat(terminal),
        };

    private static Command Brat(Terminal terminal)
    {
        var input = new Argument<string>("DIR") { Description = "The brat folder: .txt and .ann pairs, and corpus.json when Verbatim exported it." };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The corpus folder to write: articles/*.article.md and corpus.speakers.yaml.",
            Required = true,
            HelpName = "FOLDER",
        };
        var force = CommonArguments.Force();
        var command = new Command("brat", "Import brat standoff (Quote spans, Kind and QuoteId attributes, speakers as normalizations).")
        {
            input,
            output,
            force,
        };
        command.SetAction(parse =>
        {
            var files = BratImport.Read(parse.GetValue(input)!);
            string folder = parse.GetValue(output)!;
            OutputWriter.Write(folder, files, parse.GetValue(force));
            int articles = files.Count(file => file.Name.StartsWith(BratImport.ArticlesFolder + "/", System.StringComparison.Ordinal));
            terminal.Out.WriteLine($"{articles} articles and a speaker registry written to {folder}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
