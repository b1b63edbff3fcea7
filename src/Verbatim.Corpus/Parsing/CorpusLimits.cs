namespace Verbatim.Corpus.Parsing;

/// <summary>
/// Bounds on what a corpus file may hold, so a hostile or broken file cannot exhaust the
/// compiler's memory or time. Going past one is a diagnostic, never a crash. (How many members a
/// generated class gets is a different bound: <see cref="Naming.MemberLimits"/>.)
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
}
