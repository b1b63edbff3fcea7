namespace Verbatim.Corpus.Parsing;

/// <summary>
/// Bounds on what a corpus file may hold, so a hostile or broken file cannot exhaust the
/// compiler's memory or time. Going past one is a diagnostic, never a crash.
/// </summary>
public static class CorpusLimits
{
    /// <summary>The most characters a front matter block or a speaker registry may hold (1 MiB of UTF-16 code units).</summary>
    public const int MaxYamlCharacters = 1024 * 1024;

    /// <summary>The deepest nesting of YAML mappings and sequences accepted.</summary>
    public const int MaxYamlDepth = 32;

    /// <summary>
    /// The deepest nesting of quote annotations read as quotes. Each level copies the words it
    /// encloses into its quote's text, so the bound also bounds the model's size.
    /// </summary>
    public const int MaxAnnotationDepth = 32;

    /// <summary>
    /// The most diagnostics one file reports; past it, one more says so. A file of a million stray
    /// braces must not turn into a million diagnostics in the compiler.
    /// </summary>
    public const int MaxDiagnosticsPerFile = 1000;

    /// <summary>
    /// The most quote members one article class (<c>&lt;Member&gt;Article</c>) gets; past it, quote ids get no member
    /// (VQ0005) and the quotes stay in <c>Quotes</c>. The CLR refuses a type of more than 65,535 methods; each quote
    /// member is one getter and the class has about twenty more, so this keeps it far below, and keeps a class
    /// that an editor lists in completion to a size a reader can still use.
    /// </summary>
    public const int MaxQuoteMembersPerArticle = 10_000;

    /// <summary>
    /// The most speaker members <c>Speakers</c> gets; past it, speaker ids get no member (VQ0005) and the speakers
    /// stay in <c>Speakers.All</c>. Each member is one getter and the class has a handful more, well below the
    /// CLR's 65,535 methods per type.
    /// </summary>
    public const int MaxSpeakerMembers = 50_000;

    /// <summary>
    /// The most article members <c>Articles</c> gets; past it, article ids get no member (VQ0005) and the
    /// articles stay in <c>Articles.All</c>. Each member is one getter, well below the CLR's 65,535 methods
    /// per type (the bodies' getters are spread over other classes).
    /// </summary>
    public const int MaxArticleMembers = 50_000;
}
