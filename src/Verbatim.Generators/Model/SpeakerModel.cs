using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>A merged speaker as the generated code shows it: its fields and its member name (null past the
/// limit of <c>Speakers</c> members), no positions.</summary>
internal sealed record SpeakerModel(
    string Id,
    string? MemberName,
    string Name,
    string? Role,
    string? Organization,
    SpeakerKind Kind,
    EquatableArray<string> Aliases);
