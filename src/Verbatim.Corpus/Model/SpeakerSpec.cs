namespace Verbatim.Corpus.Model;

/// <summary>
/// One speaker definition, from a registry or from an article's front matter.
/// </summary>
/// <param name="Id">The id as written (ids compare case-insensitively).</param>
/// <param name="IdSpan">Where the id is written: the YAML key.</param>
/// <param name="Path">The file that defines it, as the caller named it.</param>
public sealed record SpeakerSpec(
    string Id,
    string Name,
    string? Role,
    string? Organization,
    SpeakerKind Kind,
    EquatableArray<string> Aliases,
    string Path,
    SourceSpan IdSpan)
{
    /// <summary>True when both define the same speaker with the same fields (where they are written aside).</summary>
    public bool HasSameDefinitionAs(SpeakerSpec other) =>
        string.Equals(Id, other.Id, System.StringComparison.OrdinalIgnoreCase)
        && Name == other.Name
        && Role == other.Role
        && Organization == other.Organization
        && Kind == other.Kind
        && Aliases.Equals(other.Aliases);
}
