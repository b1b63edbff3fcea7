namespace Verbatim.Corpus.Model;

/// <summary>
/// One article as read from an <c>*.article.md</c> file. Fields that failed validation are left
/// at their defaults (the diagnostics say why), so every article can still be generated.
/// </summary>
/// <param name="Id">The front matter id, or the file name without <c>.article.md</c>.</param>
/// <param name="IdSpan">The front matter id value, or an empty span at the start of the file.</param>
/// <param name="Title">The title; the id when the title is missing or invalid.</param>
/// <param name="Body">The body with all annotation markup removed: it reads as the article did. Line ends are LF, whatever the file uses.</param>
/// <param name="Quotes">Every annotation, in document order, outer before nested.</param>
/// <param name="Speakers">Article-local speakers from the front matter.</param>
/// <param name="Path">The file, as the caller named it.</param>
/// <param name="Positions">Where the body's characters are in the file, for rules that report on the body's words; null when the article was not parsed from a file.</param>
public sealed record ArticleSpec(
    string Id,
    SourceSpan IdSpan,
    string Title,
    string? Outlet,
    CorpusDate? Published,
    string? Url,
    EquatableArray<string> Authors,
    string Body,
    EquatableArray<QuoteSpec> Quotes,
    EquatableArray<SpeakerSpec> Speakers,
    string Path,
    BodyPositions? Positions = null);
