namespace Verbatim.Robustness.Tests.Fuzzing;

/// <summary>A valid corpus, before it is written as files: what the files must come to mean.</summary>
internal sealed record CorpusDraft(SpeakerDraft[] Speakers, ArticleDraft[] Articles, int Registries, bool WithByteOrderMarks);

/// <param name="Kind">The YAML spelling (person, organization, group, anonymous), or null to leave the default.</param>
internal sealed record SpeakerDraft(string Id, string Name, string? Role, string? Organization, string? Kind, string[] Aliases);

/// <param name="IdInFrontMatter">False: the id comes from the file name.</param>
/// <param name="Body">The body as a token stream; <see cref="CorpusWriter"/> balances it into annotations.</param>
/// <param name="Newline">The line break between front matter lines.</param>
internal sealed record ArticleDraft(
    string Id,
    bool IdInFrontMatter,
    string Title,
    string? Outlet,
    string? Published,
    string? Url,
    string[] Authors,
    BodyToken[] Body,
    string Newline);

internal abstract record BodyToken;

internal sealed record TextToken(string Text) : BodyToken;

/// <summary>Opens an annotation.</summary>
/// <param name="SpeakerPicks">Which defined speakers it quotes (taken modulo their count, duplicates dropped).</param>
/// <param name="UpperCaseReference">Write the speaker ids upper-cased (ids compare case-insensitively).</param>
/// <param name="Kind">0: no kind written (direct), 1: <c>:direct</c>, 2: <c>:indirect</c>.</param>
/// <param name="OpeningMark">A quotation mark, or white space, or nothing, that starts the content.</param>
internal sealed record OpenToken(int[] SpeakerPicks, bool UpperCaseReference, string? QuoteId, int Kind, string OpeningMark) : BodyToken;

/// <summary>Closes the innermost open annotation.</summary>
internal sealed record CloseToken(string ClosingMark) : BodyToken;
