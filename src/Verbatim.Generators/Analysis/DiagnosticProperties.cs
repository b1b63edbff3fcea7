using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Verbatim.Generators.Analysis;

/// <summary>
/// What the analyzer hands the code fixes through <see cref="Diagnostic.Properties"/>: the
/// replacements for the diagnostic's span, best first.
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

    public static ImmutableArray<string> Suggestions(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(SuggestionsKey, out var joined) && !string.IsNullOrEmpty(joined)
            ? joined!.Split(Separator).ToImmutableArray()
            : ImmutableArray<string>.Empty;
}
