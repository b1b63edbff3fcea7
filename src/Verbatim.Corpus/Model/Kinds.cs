namespace Verbatim.Corpus.Model;

/// <summary>What a speaker is; the YAML spelling is the lower-case name.</summary>
public enum SpeakerKind
{
    Person,
    Organization,
    Group,
    Anonymous,
}

/// <summary>Whether a quote gives the speaker's words or paraphrases them.</summary>
public enum QuoteKind
{
    Direct,
    Indirect,
}
