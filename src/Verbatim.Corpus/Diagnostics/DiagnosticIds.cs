namespace Verbatim.Corpus.Diagnostics;

/// <summary>The diagnostic ids of the corpus format (see docs/diagnostics.md).</summary>
public static class DiagnosticIds
{
    /// <summary>A quote is attributed to a speaker id that nothing defines.</summary>
    public const string UndefinedSpeaker = "VQ0001";

    /// <summary>A malformed annotation: unterminated, empty speaker, unknown kind, stray <c>}</c>.</summary>
    public const string MalformedAnnotation = "VQ0002";

    /// <summary>Invalid front matter or registry YAML.</summary>
    public const string InvalidYaml = "VQ0003";

    /// <summary>A duplicate id: conflicting speakers, two articles, two quotes in one article.</summary>
    public const string DuplicateId = "VQ0004";

    /// <summary>A generated member name was changed to avoid a collision.</summary>
    public const string RenamedMember = "VQ0005";

    /// <summary>A defined speaker is never quoted.</summary>
    public const string UnquotedSpeaker = "VQ0006";

    /// <summary>A misquote: a quote's words differ from the same statement as most other outlets print it.</summary>
    public const string Misquote = "VQ0008";

    /// <summary>A conflicting attribution: the statement is credited to speakers none of the other outlets credit.</summary>
    public const string ConflictingAttribution = "VQ0009";

    /// <summary>Words in quotation marks that no annotation covers.</summary>
    public const string UnannotatedQuotation = "VQ0010";
}
