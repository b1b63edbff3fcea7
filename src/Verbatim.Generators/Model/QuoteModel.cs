using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>A quote that is generated: at least one of its speakers is defined.</summary>
/// <param name="MemberName">The quote's member in the article's class, or null when it has no id.</param>
/// <param name="Speakers">The defined speakers, in the order written, each once.</param>
/// <param name="Annotation">Where the annotation's opening <c>{@…</c> is written in the article file; its member maps there.</param>
/// <param name="Parent">Index of the nearest generated enclosing quote in the article's quotes, or -1.</param>
/// <param name="Sic">True when the annotation is marked <c>!sic</c>: the outlet printed these words so.</param>
internal sealed record QuoteModel(
    string? Id,
    string? MemberName,
    EquatableArray<QuoteSpeaker> Speakers,
    QuoteKind Kind,
    int Start,
    int Length,
    string Text,
    CorpusRange Annotation,
    int Parent,
    bool Sic = false)
{
    /// <summary>1-based line of the annotation in the article file (<c>Quote.Line</c>).</summary>
    public int Line => Annotation.StartLine;
}

/// <summary>A speaker of a quote: the id as the speaker set spells it, and the name the docs show.</summary>
internal sealed record QuoteSpeaker(string Id, string Name);
