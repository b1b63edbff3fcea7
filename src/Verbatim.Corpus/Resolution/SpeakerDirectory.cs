using System.Collections.Generic;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Resolution;

/// <summary>
/// The corpus-wide speaker set: every registry and every article's local speakers merged. Equal
/// definitions of one id are one speaker; a conflicting one loses to the first (by path, then
/// position) and gets VQ0004. Compares by value, so a generator can cache what depends on it.
/// </summary>
public sealed class SpeakerDirectory : System.IEquatable<SpeakerDirectory>
{
    private SpeakerDirectory(EquatableArray<SpeakerSpec> speakers, EquatableArray<CorpusDiagnostic> conflicts)
    {
        Speakers = speakers;
        Conflicts = conflicts;
    }

    /// <summary>The speakers, ordered by id (ordinal).</summary>
    public EquatableArray<SpeakerSpec> Speakers { get; }

    /// <summary>VQ0004 for every definition that conflicts with an earlier one.</summary>
    public EquatableArray<CorpusDiagnostic> Conflicts { get; }

    public static SpeakerDirectory Merge(IEnumerable<SpeakerSpec> definitions)
    {
        // TODO(issue 2): implemented in the corpus library work.
        return new SpeakerDirectory(new EquatableArray<SpeakerSpec>(definitions), EquatableArray<CorpusDiagnostic>.Empty);
    }

    /// <summary>The index in <see cref="Speakers"/> of the speaker with this id (case-insensitive), or -1.</summary>
    public int IndexOf(string id)
    {
        // TODO(issue 2): implemented in the corpus library work.
        return -1;
    }

    /// <summary>Defined ids close to <paramref name="unknownId"/> (edit distance, case, aliases), best first.</summary>
    public EquatableArray<string> SuggestionsFor(string unknownId)
    {
        // TODO(issue 2): implemented in the corpus library work.
        return EquatableArray<string>.Empty;
    }

    public bool Equals(SpeakerDirectory? other) =>
        other is not null && Speakers.Equals(other.Speakers) && Conflicts.Equals(other.Conflicts);

    public override bool Equals(object? obj) => Equals(obj as SpeakerDirectory);

    public override int GetHashCode() => Speakers.GetHashCode();
}
