using System.Collections.Generic;

namespace Verbatim.Cli.Brat;

/// <summary>A <c>Quote</c> annotation of a brat document, gathered from its T, A and N lines.</summary>
/// <param name="Start">First character (code point) of the first fragment.</param>
/// <param name="End">Just past the last character of the last fragment.</param>
internal sealed record BratQuote(string AnnotationId, int Start, int End, int Line)
{
    public List<string> Speakers { get; } = new();

    /// <summary>The text of each speaker's normalization line: its name, where the file gives one.</summary>
    public Dictionary<string, string> SpeakerNames { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    public string? QuoteId { get; set; }

    public bool IsIndirect { get; set; }
}

/// <summary>One brat document: its name (the file name without extension), text and quotes in file order.</summary>
internal sealed record BratDocument(string Name, string Text, IReadOnlyList<BratQuote> Quotes);
