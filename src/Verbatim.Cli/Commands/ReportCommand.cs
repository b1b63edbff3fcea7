using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Verbatim.Cli.Checking;
using Verbatim.Cli.Infrastructure;
using Verbatim.Cli.Model;
using Verbatim.Cli.Report;

namespace Verbatim.Cli.Commands;

/// <summary><c>verbatim report [folder] --html FILE</c>: the corpus as one self-contained HTML page.</summary>
internal static class ReportCommand
{
    public static Command Create(Terminal terminal)
    {
        var folder = CommonArguments.Folder();
        var output = new Option<FileInfo>("--html")
        {
            Description = "The HTML file to write (overwritten when it exists).",
            Required = true,
            HelpName = "FILE",
        };
        var command = new Command("report", "Write one self-contained HTML page: the diagnostics, the speakers with their colours, each statement several outlets quote side by side with its differences marked, and every article with its quotes marked by speaker.")
        {
            folder,
            output,
        };
        command.SetAction(parse => Run(terminal, parse.GetValue(folder), parse.GetValue(output)!));
        return command;
    }

    /// <summary>The page's sections, in order.</summary>
    public static IReportSection[] Sections() =>
        new IReportSection[] { new SummarySection(), new DiagnosticsSection(), new SpeakersSection(), new StatementsSection(), new ArticlesSection() };

    private static int Run(Terminal terminal, string? folderPath, FileInfo output)
    {
        var folder = CorpusFolder.Read(folderPath, terminal);
        var corpus = CorpusModel.Read(folder);
        var diagnostics = CorpusCheck.Run(folder);
        var palette = new SpeakerPalette(corpus.Speakers.Speakers.Select(s => s.Id));
        var data = new ReportData("Corpus report: " + Path.GetFileName(folder.Root), corpus, diagnostics, palette);
        string page = ReportPage.Write(data, Sections());
        OutputFiles.Write(output.FullName, stream =>
        {
            var bytes = new UTF8Encoding(false).GetBytes(page);
            stream.Write(bytes, 0, bytes.Length);
        });
        terminal.Out.WriteLine($"Report on {corpus.Articles.Count} articles written to {output}.");
        return ExitCodes.Success;
    }
}
