namespace Verbatim.Generators;

/// <summary>The names of the pipeline steps (<c>WithTrackingName</c>), so tests and profiles can ask how each step ran.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ParsedFiles = nameof(ParsedFiles);
    public const string ParsedArticles = nameof(ParsedArticles);
    public const string RegistrySpeakers = nameof(RegistrySpeakers);
    public const string ArticleSpeakers = nameof(ArticleSpeakers);
    public const string MergedSpeakers = nameof(MergedSpeakers);
    public const string SpeakerSet = nameof(SpeakerSet);
    public const string ArticleKeys = nameof(ArticleKeys);
    public const string ArticleIndex = nameof(ArticleIndex);
    public const string ParsedArticleSlices = nameof(ParsedArticleSlices);
    public const string ArticleSlices = nameof(ArticleSlices);
    public const string ArticleRows = nameof(ArticleRows);
    public const string ArticleQuotes = nameof(ArticleQuotes);
    public const string QuoteSlices = nameof(QuoteSlices);
    public const string SpeakerUses = nameof(SpeakerUses);
    public const string SpeakerSlices = nameof(SpeakerSlices);
    public const string QuoteSignatures = nameof(QuoteSignatures);
    public const string ArticleOutlets = nameof(ArticleOutlets);
    public const string LinkedStatements = nameof(LinkedStatements);
    public const string StatementSlices = nameof(StatementSlices);
}
