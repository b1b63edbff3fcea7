using System.Collections.Generic;
using System.IO;
using System.Linq;
using SampleCorpus.Corpus;

namespace SampleCorpus.Report;

/// <summary>Runs one view of the report; the console stays in Program.cs so tests can run this in-process.</summary>
internal static class ReportApp
{
    public const int Done = 0;
    public const int UnknownSpeaker = 1;
    public const int BadCommandLine = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors, DiffStyle style)
    {
        var command = CommandLine.Parse(args);
        if (command.Error is not null)
        {
            errors.WriteLine(command.Error);
            errors.WriteLine(CommandLine.Usage);
            return BadCommandLine;
        }
        switch (command.View)
        {
            case ReportView.Help:
                output.WriteLine(CommandLine.Usage);
                return Done;
            case ReportView.Json:
                QuoteJsonLines.Write(output, Quotes.All);
                return Done;
            case ReportView.Speaker:
                return WriteSpeaker(output, errors, command.SpeakerId!);
            default:
                OverviewReport.Write(output, style);
                return Done;
        }
    }

    private static int WriteSpeaker(TextWriter output, TextWriter errors, string id)
    {
        if (SpeakerLookup.Find(Speakers.All, id) is { } speaker)
        {
            SpeakerQuotes.Write(output, speaker);
            return Done;
        }
        var close = SpeakerLookup.CloseIds(Speakers.All, id);
        errors.WriteLine(close.Count > 0
            ? $"No speaker has the id '{id}'. Did you mean: {string.Join(", ", close)}?"
            : $"No speaker has the id '{id}'. The ids are: {string.Join(", ", Speakers.All.Select(s => s.Id))}.");
        return UnknownSpeaker;
    }
}
