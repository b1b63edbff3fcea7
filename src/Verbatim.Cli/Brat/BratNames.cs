namespace Verbatim.Cli.Brat;

/// <summary>The names Verbatim's brat standoff uses, shared by export and import (docs/cli.md describes the layout).</summary>
internal static class BratNames
{
    /// <summary>The entity type of a quote's span.</summary>
    public const string Quote = "Quote";

    /// <summary>The attribute that says whether a quote is direct or indirect.</summary>
    public const string Kind = "Kind";

    public const string Direct = "Direct";

    public const string Indirect = "Indirect";

    /// <summary>The attribute that carries a quote's <c>#quote-id</c>.</summary>
    public const string QuoteId = "QuoteId";

    /// <summary>The normalization type that links a quote to a speaker.</summary>
    public const string Reference = "Reference";

    /// <summary>The normalization database of speaker ids.</summary>
    public const string SpeakerDatabase = "Verbatim";

    /// <summary>The file with the articles' front matter and the speakers, which brat's format has no place for.</summary>
    public const string CorpusFile = "corpus.json";

    /// <summary>brat's own configuration of the annotation types, so brat opens the folder as it is.</summary>
    public const string AnnotationConfig = "annotation.conf";

    public const string TextExtension = ".txt";

    public const string AnnotationExtension = ".ann";
}
