using System.CommandLine;
using System.Linq;
using Verbatim.Cli.Brat;
using Verbatim.Cli.Export;
using Verbatim.Cli.Infrastructure;
using Verbatim.Cli.Model;
using Verbatim.Cli.Tei;

namespace Verbatim.Cli.Commands;

/// <summary><c>verbatim export [folder] --format jsonl|brat|tei --output DIR</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(Terminal terminal)
    {
        var folder = CommonArguments.Folder();
        var format = new Option<ExportFormat>("--format", "-f")
        {
            Description = "jsonl: quotes.jsonl, one quote a line; brat: a .txt and an .ann per article, with corpus.json and annotation.conf; tei: a TEI P5 document per article.",
            Required = true,
            HelpName = "jsonl|brat|tei",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write into (created when missing).",
            Required = true,
            HelpName = "DIR",
        };
        var force = CommonArguments.Force();
        var command = new Command("export", "Write the corpus as JSON Lines, brat standoff or TEI XML.")
        {
            folder,
            format,
            output,
            force,
        };
        command.SetAction(parse => Run(terminal, parse.GetValue(folder), parse.GetValue(format), parse.GetValue(output)!, parse.GetValue(force)));
        return command;
    }

    private static int Run(Terminal terminal, string? folderPath, ExportFormat format, string output, bool force)
    {
        var corpus = CorpusModel.Read(CorpusFolder.Read(folderPath, terminal));
        var files = format switch
        {
            ExportFormat.Brat => BratExport.Export(corpus),
            ExportFormat.Tei => TeiExport.Export(corpus),
            _ => JsonLinesExport.Export(corpus),
        };
        OutputWriter.Write(output, files, force);
        int quotes = corpus.Articles.Sum(article => article.Quotes.Count);
        terminal.Out.WriteLine($"{corpus.Articles.Count} articles and {quotes} quotes written to {output} ({files.Count} files).");
        return ExitCodes.Success;
    }
}
