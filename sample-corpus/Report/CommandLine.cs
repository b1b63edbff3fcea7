using System.Collections.Generic;

namespace SampleCorpus.Report;

/// <summary>Which view of the corpus to print.</summary>
internal enum ReportView
{
    Overview,
    Speaker,
    Json,
    Help,
}

/// <summary>The parsed command line: a view (and the speaker id for <see cref="ReportView.Speaker"/>), or an error.</summary>
internal sealed record CommandLine(ReportView View, string? SpeakerId = null, string? Error = null)
{
    public const string Usage = """
        Usage: dotnet run --project sample-corpus [-- <option>]

          (no option)      the report: articles, speakers ranked, one statement as each outlet quoted it
          --speaker <id>   every quote of one speaker across outlets (ids: see the report)
          --json           every quote as one JSON object per line
          --help           this text

        Exit codes: 0 done, 1 unknown speaker, 2 bad command line.
        Differences are marked [-left out-] {+added+}, in colour when the output is a terminal.
        """;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return new CommandLine(ReportView.Overview);
        }
        return (args[0], args.Count) switch
        {
            ("--help" or "-h", 1) => new CommandLine(ReportView.Help),
            ("--json", 1) => new CommandLine(ReportView.Json),
            ("--speaker", 2) when args[1].Length > 0 && args[1][0] != '-' => new CommandLine(ReportView.Speaker, args[1]),
            ("--speaker", _) => Invalid("--speaker takes one speaker id."),
            _ => Invalid($"Unknown or extra arguments: {string.Join(" ", args)}"),
        };
    }

    private static CommandLine Invalid(string error) => new(ReportView.Help, Error: error);
}
