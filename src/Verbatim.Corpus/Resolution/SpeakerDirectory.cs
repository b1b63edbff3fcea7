using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Resolution;

/// <summary>
/// The corpus-wide speaker set: every registry and every article's local speakers merged. Equal
/// definitions of one id are one speaker; a conflicting one loses to the first (by path, then
/// position) and gets VQ0004. Compares by value, so a generator can cache what depends on it.
/// </summary>
public sealed class SpeakerDirectory : IEquatable<SpeakerDirectory>
{
    private const int MaxSuggestions = 3;

    private readonly Dictionary<string, int> _indexById;

    // Which speakers a slug names (by name or alias), built once, by the first undefined reference
    // that asks for suggestions: a corpus with none (and the generator, which never asks) skips it.
    private readonly Lazy<Dictionary<string, HashSet<int>>> _speakersBySlug;

    private SpeakerDirectory(EquatableArray<SpeakerSpec> speakers, EquatableArray<CorpusDiagnostic> conflicts)
    {
        Speakers = speakers;
        Conflicts = conflicts;
        _indexById = new Dictionary<string, int>(speakers.Count, StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < speakers.Count; i++)
        {
            _indexById[speakers[i].Id] = i;
        }
        _speakersBySlug = new Lazy<Dictionary<string, HashSet<int>>>(() => SlugIndex(speakers), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static Dictionary<string, HashSet<int>> SlugIndex(EquatableArray<SpeakerSpec> speakers)
    {
        var speakersBySlug = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int i = 0; i < speakers.Count; i++)
        {
            foreach (var name in speakers[i].Aliases.Concat(new[] { speakers[i].Name }))
            {
                string slug = IdSimilarity.Slug(name);
                if (!speakersBySlug.TryGetValue(slug, out var named))
                {
                    speakersBySlug.Add(slug, named = new HashSet<int>());
                }
                named.Add(i);
            }
        }
        return speakersBySlug;
    }

    /// <summary>The speakers, ordered by id (ordinal).</summary>
    public EquatableArray<SpeakerSpec> Speakers { get; }

    /// <summary>VQ0004 for every definition that conflicts with an earlier one.</summary>
    public EquatableArray<CorpusDiagnostic> Conflicts { get; }

    /// <summary>Merges the definitions; a conflict's message names the earlier file by its path as given.</summary>
    public static SpeakerDirectory Merge(IEnumerable<SpeakerSpec> definitions) => Merge(definitions, path => path);

    /// <summary>Merges the definitions.</summary>
    /// <param name="displayPath">How a conflict's message names the file of the earlier definition (the conflict stays located at its own path as given).</param>
    public static SpeakerDirectory Merge(IEnumerable<SpeakerSpec> definitions, Func<string, string> displayPath)
    {
        var first = new Dictionary<string, SpeakerSpec>(StringComparer.OrdinalIgnoreCase);
        var conflicts = new List<CorpusDiagnostic>();
        var ordered = definitions
            .OrderBy(d => d.Path, Comparer<string>.Create(CorpusOrder.ComparePaths))
            .ThenBy(d => d.IdSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
        foreach (var definition in ordered)
        {
            if (!first.TryGetValue(definition.Id, out var earlier))
            {
                first.Add(definition.Id, definition);
            }
            else if (!earlier.HasSameDefinitionAs(definition))
            {
                conflicts.Add(new CorpusDiagnostic(
                    DiagnosticIds.DuplicateId,
                    CorpusMessages.ConflictingSpeaker(definition.Id, displayPath(earlier.Path)),
                    definition.Path,
                    definition.IdSpan,
                    EquatableArray<string>.Empty));
            }
        }
        var speakers = first.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToEquatableArray();
        return new SpeakerDirectory(speakers, new EquatableArray<CorpusDiagnostic>(conflicts));
    }

    /// <summary>The index in <see cref="Speakers"/> of the speaker with this id (case-insensitive), or -1.</summary>
    public int IndexOf(string id) => _indexById.TryGetValue(id, out int index) ? index : -1;

    /// <summary>
    /// Defined ids close to <paramref name="unknownId"/>, best first: a speaker whose name or alias
    /// reads as that id, then ids within a small edit distance (ignoring case), nearest first.
    /// </summary>
    public EquatableArray<string> SuggestionsFor(string unknownId)
    {
        string slug = IdSimilarity.Slug(unknownId);
        var named = slug.Length > 0 && _speakersBySlug.Value.TryGetValue(slug, out var found) ? found : null;
        int tolerance = IdSimilarity.Tolerance(unknownId);
        var candidates = new List<(int Score, string Id)>();
        for (int i = 0; i < Speakers.Count; i++)
        {
            string id = Speakers[i].Id;
            int score = named?.Contains(i) == true ? 0 : IdSimilarity.Distance(unknownId, id, tolerance);
            if (score <= tolerance)
            {
                candidates.Add((score, id));
            }
        }
        return candidates
            .OrderBy(c => c.Score)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(c => c.Id)
            .ToEquatableArray();
    }

    public bool Equals(SpeakerDirectory? other) =>
        other is not null && Speakers.Equals(other.Speakers) && Conflicts.Equals(other.Conflicts);

    public override bool Equals(object? obj) => Equals(obj as SpeakerDirectory);

    public override int GetHashCode() => Speakers.GetHashCode();
}
