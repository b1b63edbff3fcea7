using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Verbatim.Cli.Infrastructure;
using Verbatim.Corpus.Drafting;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Cli.Commands;

/// <summary>
/// <c>verbatim annotate FILE.txt [--speakers FILE.speakers.yaml]… [--output FILE|-] [--force]</c>:
/// a raw article in, a first annotated draft out, each quotation annotated for the speaker the
/// quotation finder proposes (the corpus library's <see cref="ArticleDrafter"/>; see docs/quotation-finder.md).
/// </summary>
internal static class AnnotateCommand
{
    private const string RawSuffix = ".txt";
    private const string StandardOutput = "-";

    public static Command Create(Terminal terminal)
    {
        var input = new Argument<FileInfo>("FILE") { Description = "The raw article: plain text, paragraphs separated by blank lines; a first line that reads as a headline becomes the title." };
        var speakers = new Option<FileInfo[]>("--speakers", "-s")
        {
            Description = "A speaker registry whose speakers the quotations are attributed to; give it again for more registries.",
            HelpName = "FILE.speakers.yaml",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write, or - for standard output. Default: FILE's name without .txt, with .article.md, beside FILE.",
            HelpName = "FILE",
        };
        var force = CommonArguments.Force();
        var command = new Command("annotate", "Turn a raw article into a first *.article.md draft, every quotation annotated for its likely speaker; those with none are left for VQ0010 (verbatim check lists them).")
        {
            input,
            speakers,
            output,
            force,
        };
        command.SetAction(parse => Run(terminal, parse.GetValue(input)!, parse.GetValue(speakers) ?? Array.Empty<FileInfo>(), parse.GetValue(output), parse.GetValue(force)));
        return command;
    }

    private static int Run(Terminal terminal, FileInfo input, FileInfo[] registries, string? output, bool force)
    {
        string rawText = ReadText(input, "article");
        var speakers = registries.SelectMany(ReadSpeakers).ToList();
        string target = output ?? DefaultOutput(input);
        if (target != StandardOutput && File.Exists(target) && !force)
        {
            throw CliException.Output($"'{target}' already exists; remove it or pass --force to overwrite.");
        }

        string draft = ArticleDrafter.Draft(rawText, speakers);
        if (target == StandardOutput)
        {
            terminal.Out.Write(draft);
            return ExitCodes.Success;
        }
        OutputFiles.Write(target, stream =>
        {
            var bytes = new UTF8Encoding(false).GetBytes(draft);
            stream.Write(bytes, 0, bytes.Length);
        });
        var article = ArticleParser.Parse(target, draft).Article;
        terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{article.Quotes.Count} quotations annotated in {target}; run 'verbatim check' on its folder for the quotations left unattributed (VQ0010)."));
        return ExitCodes.Success;
    }

    /// <summary><c>dir/name.txt</c> becomes <c>dir/name.article.md</c>; a name without <c>.txt</c> keeps its whole name.</summary>
    private static string DefaultOutput(FileInfo input)
    {
        string name = input.Name.EndsWith(RawSuffix, StringComparison.OrdinalIgnoreCase) ? input.Name[..^RawSuffix.Length] : input.Name;
        // Beside the input, named as the user named the input (a relative path stays relative).
        return Path.Combine(Path.GetDirectoryName(input.ToString()) ?? "", name + ArticleParser.FileSuffix);
    }

    private static IEnumerable<SpeakerSpec> ReadSpeakers(FileInfo registry)
    {
        string path = registry.ToString();
        var parsed = RegistryParser.Parse(path, ReadText(registry, "speaker registry"));
        if (parsed.Diagnostics.Count > 0)
        {
            // A draft attributed against half a registry would be quietly wrong: the registry is fixed first.
            var first = parsed.Diagnostics[0];
            string more = parsed.Diagnostics.Count > 1 ? $" (and {parsed.Diagnostics.Count - 1} more; 'verbatim check' lists them)" : "";
            throw CliException.Input(string.Create(CultureInfo.InvariantCulture,
                $"{path}({first.Span.StartLine + 1},{first.Span.StartColumn + 1}): {first.Id}: {first.Message}{more}"));
        }
        return parsed.Speakers;
    }

    private static string ReadText(FileInfo file, string what)
    {
        if (!file.Exists)
        {
            throw CliException.Input(Directory.Exists(file.FullName)
                ? $"'{file}' is a folder; give the {what} file."
                : $"The {what} '{file}' does not exist.");
        }
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CliException.Input($"Cannot read '{file}': {exception.Message}");
        }
    }
}
