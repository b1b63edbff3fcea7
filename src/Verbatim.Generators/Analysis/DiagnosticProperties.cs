using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Verbatim.Generators.Analysis;

/// <summary>
/// What the analyzer hands the code fixes through <see cref="Diagnostic.Properties"/>: the
/// replacements for the diagnostic's span, best first; for a quotation whose likely speaker
/// nothing defines (VQ0010), that person's name and role as the text gives them.
/// </summary>
internal static class DiagnosticProperties
{
    public const string SuggestionsKey = "Suggestions";

    // Ids never hold a comma: it separates the speakers of an annotation.
    private const char Separator = ',';

    public static ImmutableDictionary<string, string?> WithSuggestions(IReadOnlyCollection<string> suggestions) =>
        suggestions.Count == 0
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SuggestionsKey, string.Join(Separator.ToString(), suggestions));

    public const string NewSpeakerNameKey = "NewSpeakerName";

    public const string NewSpeakerRoleKey = "NewSpeakerRole";

    public static ImmutableDictionary<string, string?> WithNewSpeaker(ImmutableDictionary<string, string?> properties, string name, string? role) =>
        role is null
            ? properties.SetItem(NewSpeakerNameKey, name)
            : properties.SetItem(NewSpeakerNameKey, name).SetItem(NewSpeakerRoleKey, role);

    /// <summary>The new speaker's name and role, or a null name when the likely speaker is defined (or there is none).</summary>
    public static (string? Name, string? Role) NewSpeaker(Diagnostic diagnostic) =>
        (diagnostic.Properties.TryGetValue(NewSpeakerNameKey, out var name) ? name : null,
         diagnostic.Properties.TryGetValue(NewSpeakerRoleKey, out var role) ? role : null);

    public static ImmutableArray<string> Suggestions(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(SuggestionsKey, out var joined) && !string.IsNullOrEmpty(joined)
            ? joined!.Split(Separator).ToImmutableArray()
            : ImmutableArray<string>.Empty;
}
