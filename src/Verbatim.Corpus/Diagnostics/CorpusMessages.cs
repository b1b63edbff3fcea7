using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Verbatim.Corpus.Diagnostics;

/// <summary>
/// Every diagnostic message of the corpus format, in one place so their wording stays
/// consistent and docs/corpus-format.md can list them. One sentence each: what is wrong, what to do.
/// A path in a message names another file the way the caller chose to show it (see CorpusResolver.Resolve).
/// </summary>
internal static class CorpusMessages
{
    private const string IdRule = "start with a letter or digit and use only letters, digits, '.', '_' and '-'";

    // VQ0001
    public static string UndefinedSpeaker(string id, string suggestion) =>
        $"Speaker '{id}' is not defined; did you mean '{suggestion}'?";

    public static string UndefinedSpeaker(string id, IReadOnlyList<string> registryPaths) => registryPaths.Count switch
    {
        0 => $"Speaker '{id}' is not defined and the corpus has no speaker registry; add a '*.speakers.yaml' file or a 'speakers' entry to the front matter.",
        <= 3 => $"Speaker '{id}' is not defined; add it to {Quoted(registryPaths)} or to the front matter's 'speakers'.",
        _ => $"Speaker '{id}' is not defined; add it to {Quoted(registryPaths.Take(3))} (or one of {Number(registryPaths.Count - 3)} other registries) or to the front matter's 'speakers'.",
    };

    // VQ0002
    public const string UnterminatedAnnotation = "This annotation is never closed; end its content with '}'.";
    public const string EmptySpeaker = "An annotation needs a speaker id here; write one, such as '{@tillerson …}'.";
    public const string EmptyQuoteId = "The '#' must be followed by a quote id; write one or remove the '#'.";
    public const string MissingSpace = "An annotation's header must be followed by one space and then the content; insert a space here.";
    public const string QuoteIdAfterKind = "The quote id must come before the kind, as in '{@lavrov#facts:indirect …}'; move the '#' and the id before the ':'.";
    public const string StrayBrace = "This '}' closes no annotation; write '\\}' for a literal brace, or remove it.";

    public static string InvalidSpeakerId(string token) => $"'{token}' is not a valid speaker id; {IdRule}.";

    public static string InvalidQuoteId(string token) => $"'{token}' is not a valid quote id; {IdRule}.";

    public static string UnknownKind(string token) => $"Unknown quote kind '{token}'; use 'direct' or 'indirect'.";

    public static string UnknownMark(string token) => $"Unknown mark '!{token}'; the one mark is '!sic' (the outlet printed these words so).";

    public static string AnnotationTooDeep(int limit) =>
        $"Annotations are nested more than {Number(limit)} deep here; this one and those inside it are not read as quotes, so flatten the nesting.";

    // Any id, once per file
    public static string TooManyMistakes =>
        $"This file has more than {Number(DiagnosticLimits.MaxDiagnosticsPerFile)} mistakes and the rest are not reported; fix these first.";

    // VQ0003
    public const string NoFrontMatter = "The article has no front matter and a title is required; start the file with a line '---', a line 'title: …' and a closing line '---'.";
    public const string UnclosedFrontMatter = "The front matter opened here is never closed; end it with a line holding only '---'.";
    public const string FrontMatterNotMapping = "The front matter must map keys to values, such as 'title: …'.";
    public const string MissingTitle = "The article has no title; add 'title: …' to the front matter.";
    public const string EmptyTitle = "The title is empty; write the article's title.";
    public const string KeyNotText = "A key must be plain text; write it as a single word.";
    public const string AuthorsNotList = "'authors' must be a list of names, such as [A. Reporter, B. Writer].";
    public const string AliasesNotList = "'aliases' must be a list of names, such as [Rex Tillerson, Mr. Tillerson].";
    public const string RegistryNotMapping = "A speaker registry must map speaker ids to their fields, such as 'tillerson: { name: Rex W. Tillerson }'.";
    public const string SpeakersNotMapping = "'speakers' must map speaker ids to their fields, such as 'peskov: { name: Dmitri S. Peskov }'.";
    public const string YamlAliases = "YAML anchors and aliases are not supported; write the value out in full.";
    public const string YamlTags = "YAML tags are not supported; remove the tag.";
    public const string YamlSecondDocument = "A speaker registry holds one YAML document; move what follows this '---' into the first document or into a file of its own.";

    public static string YamlTooLarge(int length, int limit) =>
        $"This YAML holds {Number(length)} characters, more than the limit of {Number(limit)}; split it into smaller files.";

    public static string YamlTooDeep(int limit) => $"The YAML is nested more than {Number(limit)} levels deep; flatten it.";

    public static string YamlSyntax(string detail) => $"The YAML is invalid ({WithoutPosition(detail)}); fix its syntax here.";

    public static string UnknownFrontMatterKey(string key) =>
        $"Unknown front matter key '{key}'; use id, title, outlet, published, url, authors or speakers.";

    public static string UnknownSpeakerField(string key) =>
        $"Unknown speaker field '{key}'; use name, role, organization, kind or aliases.";

    public static string DuplicateKey(string key) => $"The key '{key}' appears twice; keep only one.";

    public static string NotText(string key) => $"'{key}' must be a single value of text, not a list or a mapping.";

    public static string BadDate(string value) => $"'{value}' is not a valid date; write 'published' as yyyy-MM-dd, such as 2017-04-12.";

    public static string BadUrl(string value) => $"'{value}' is not an absolute URL; write the full address, such as https://www.example.com/article.";

    public static string BadArticleId(string value) => $"'{value}' is not a valid article id; {IdRule}.";

    public static string BadFileNameId(string value) =>
        $"The file name gives the article id '{value}', which is not valid; rename the file or set 'id:' in the front matter ({IdRule}).";

    public static string BadSpeakerId(string value) => $"'{value}' is not a valid speaker id; {IdRule}.";

    public static string SpeakerNotMapping(string id) => $"Speaker '{id}' must map fields to values, such as 'name: …'.";

    public static string MissingName(string id) => $"Speaker '{id}' has no name; add 'name: …'.";

    public static string BadKind(string value) => $"Unknown speaker kind '{value}'; use person, organization, group or anonymous.";

    // VQ0004
    public static string DuplicateSpeakerInFile(string id) =>
        $"Speaker '{id}' is defined twice in this file with different fields; keep one definition.";

    public static string ConflictingSpeaker(string id, string otherPath) =>
        $"Speaker '{id}' is already defined differently in '{otherPath}'; make the definitions identical or use another id.";

    public static string DuplicateQuoteId(string id) => $"Quote id '{id}' is already used in this article; give this quote another id.";

    public static string DuplicateArticleId(string id, string otherPath) =>
        $"Article id '{id}' is already used by '{otherPath}'; give this article another id.";

    // VQ0005
    public static string Renamed(string what, string id, string wanted, string given) =>
        $"The {what} '{id}' is generated as '{given}' because '{wanted}' is already taken; change the id so its name is free.";

    public static string NoMember(string what, string firstId, int count, int limit, string stillIn) =>
        $"The {what} id '{firstId}' and the {Number(count - 1)} after it in id order get no generated member, because one class takes at most {Number(limit)} {what} members; the {what}s are still in {stillIn}.";

    // VQ0006
    public static string UnquotedSpeaker(string id) => $"Speaker '{id}' is never quoted; quote them or remove the definition.";

    // VQ0008
    public static string Misquote(string printed, string expected, int expectedCount, int covering) =>
        $"‘{printed}’ where {Number(expectedCount)} of {Number(covering)} outlets print ‘{expected}’; if the outlet did print it so, mark the quote '!sic'.";

    // VQ0009
    public static string ConflictingAttribution(string credited, IEnumerable<string> otherSpeakers, IEnumerable<string> otherArticles) =>
        $"These words are credited to '{credited}' here, but to {string.Join(", ", otherSpeakers.Select(s => $"'{s}'"))} in {string.Join(", ", otherArticles)}.";

    // VQ0010
    public const string UnannotatedQuotationNoSpeaker = "This quotation is not annotated; no likely speaker.";

    public static string UnannotatedQuotation(string id, string cue) =>
        $"This quotation is not annotated; likely speaker '{id}' (“{cue}”).";

    public static string UnannotatedQuotationNewSpeaker(string id, string cue) =>
        $"This quotation is not annotated; likely speaker '{id}' (“{cue}”), whom nothing defines yet.";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quoted(IEnumerable<string> paths) => string.Join(", ", paths.Select(p => $"'{p}'"));

    // YamlDotNet prefixes its messages with positions relative to the YAML block; the diagnostic's own span is the right one.
    private static string WithoutPosition(string message)
    {
        int end = message.StartsWith("(Line", System.StringComparison.Ordinal) ? message.IndexOf("): ", System.StringComparison.Ordinal) : -1;
        return (end < 0 ? message : message.Substring(end + 3)).Trim().TrimEnd('.');
    }
}
