using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace SampleCorpus.Report;

/// <summary>Which view of the corpus to print.</summary>
internal enum ReportView
{
    Overview,
    Speaker,
    Json,
    Help,
}

/// <summary>
/// The parsed command line: a view (and the speaker id for <see cref="ReportView.Speaker"/>), or
/// an error. System.CommandLine parses; the usage text stays written by hand because it also
/// explains the exit codes and the diff markers.
/// </summary>
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

    private static readonly Option<string> s_speaker = new("--speaker") { Description = "every quote of one speaker across outlets" };
    private static readonly Option<bool> s_json = new("--json") { Description = "every quote as one JSON object per line" };
    private static readonly Option<bool> s_help = new("--help", "-h") { Description = "this text" };
    private static readonly RootCommand s_command = Create();

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var result = s_command.Parse(args);
        if (result.Errors.Count > 0)
        {
            return Invalid(result.Errors[0].Message);
        }
        return result.GetValue(s_help) ? new CommandLine(ReportView.Help)
            : result.GetValue(s_json) ? new CommandLine(ReportView.Json)
            : result.GetValue(s_speaker) is { } id ? new CommandLine(ReportView.Speaker, id)
            : new CommandLine(ReportView.Overview);
    }

    // One view at a time; the usage above is the help, so System.CommandLine's own help option goes.
    private static RootCommand Create()
    {
        var command = new RootCommand("The sample corpus report") { s_speaker, s_json };
        foreach (var builtIn in command.Options.Where(option => option is System.CommandLine.Help.HelpOption or VersionOption).ToList())
        {
            command.Options.Remove(builtIn);
        }
        command.Options.Add(s_help);
        s_speaker.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not { Length: > 0 } id || id[0] == '-')
            {
                result.AddError("--speaker takes one speaker id.");
            }
        });
        command.Validators.Add(result =>
        {
            int views = new Option[] { s_speaker, s_json, s_help }.Count(option => result.GetResult(option) is not null);
            if (views > 1)
            {
                result.AddError("Give one option at a time.");
            }
        });
        return command;
    }

    private static CommandLine Invalid(string error) => new(ReportView.Help, Error: error);
}
