using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Verbatim.Cli.Infrastructure;
using Verbatim.Cli.Model;

namespace Verbatim.Cli.Brat;

/// <summary>An article's front matter, as <c>corpus.json</c> keeps it beside the brat files.</summary>
internal sealed record BratArticle(string Id, string Title, string? Outlet, string? Published, string? Url, IReadOnlyList<string>? Authors);

/// <summary>A speaker definition, as <c>corpus.json</c> keeps it.</summary>
internal sealed record BratSpeaker(string Id, string Name, string? Role, string? Organization, string Kind, IReadOnlyList<string>? Aliases);

/// <summary>
/// <c>corpus.json</c>: what a Verbatim corpus says that brat standoff cannot (titles, outlets,
/// dates; speakers' names, roles, organizations, kinds, aliases), so an import gets it all back.
/// </summary>
internal sealed record BratCorpusFile(IReadOnlyList<BratArticle> Articles, IReadOnlyList<BratSpeaker> Speakers)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static BratCorpusFile From(CorpusModel corpus) => new(
        corpus.Articles
            .Select(a => new BratArticle(a.Id, a.Title, a.Outlet, a.Published?.ToString(), a.Url, a.Authors.Count > 0 ? a.Authors.ToList() : null))
            .ToList(),
        corpus.Speakers.Speakers
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new BratSpeaker(s.Id, s.Name, s.Role, s.Organization, s.Kind.ToString().ToLowerInvariant(), s.Aliases.Count > 0 ? s.Aliases.ToList() : null))
            .ToList());

    public string ToJson() => JsonSerializer.Serialize(this, s_json).Replace("\r\n", "\n") + "\n";

    /// <exception cref="CliException">The text is not a corpus file.</exception>
    public static BratCorpusFile Parse(string json, string displayPath)
    {
        try
        {
            var file = JsonSerializer.Deserialize<BratCorpusFile>(json, s_json);
            return file is { Articles: not null, Speakers: not null }
                ? file
                : throw CliException.Input($"{displayPath}: expected an object with \"articles\" and \"speakers\".");
        }
        catch (JsonException exception)
        {
            long line = (exception.LineNumber ?? 0) + 1;
            throw CliException.Input($"{displayPath}({line}): invalid JSON: {FirstSentence(exception.Message)}");
        }
    }

    private static string FirstSentence(string message) => message.Split(" Path:")[0];
}
