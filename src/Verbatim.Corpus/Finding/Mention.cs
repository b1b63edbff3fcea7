namespace Verbatim.Corpus.Finding;

internal enum MentionKind : byte
{
    /// <summary>A name, alias, surname or role of a defined speaker.</summary>
    Defined,
    /// <summary>he, she, they, it.</summary>
    Pronoun,
    /// <summary>A person's name that no registry defines (<c>Jane Doe</c>, <c>Ms. Doe</c>).</summary>
    Unknown,
}

/// <param name="First">The first token.</param>
/// <param name="End">Just past the last token.</param>
/// <param name="Speaker">For a defined speaker, its index in the <see cref="SpeakerIndex"/>; -1 when the name fits several.</param>
/// <param name="Gender">'m', 'f', or '\0'.</param>
internal readonly record struct Mention(int First, int End, MentionKind Kind, int Speaker, char Gender);
