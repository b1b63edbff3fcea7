namespace Verbatim.Corpus.Finding;

/// <summary>A speaker the finder proposes for a quotation.</summary>
/// <param name="Id">A defined speaker's id, or for a new one an id made from the name (free in the corpus).</param>
/// <param name="Name">The name as defined, or as the text writes it.</param>
/// <param name="Role">The role as defined, or the words the text puts beside the name (<c>a spokeswoman for the ministry</c>).</param>
/// <param name="IsDefined">False for a person the text names but no registry or front matter defines.</param>
public sealed record ProposedSpeaker(string Id, string Name, string? Role, bool IsDefined);
