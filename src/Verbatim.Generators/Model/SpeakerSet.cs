using System;
using System.Collections.Generic;
using System.Threading;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>
/// Every speaker of the corpus, merged and named, ordered by id (ordinal): the order of
/// <c>Speakers.All</c>. Compares by <see cref="Speakers"/> only; the lookup by id is built once per
/// set, not once per article that asks.
/// </summary>
internal sealed class SpeakerSet : IEquatable<SpeakerSet>
{
    private Dictionary<string, int>? _indexById;

    public SpeakerSet(EquatableArray<SpeakerModel> speakers) => Speakers = speakers;

    public EquatableArray<SpeakerModel> Speakers { get; }

    /// <summary>The index in <see cref="Speakers"/> of the speaker with this id (case-insensitive), or -1.</summary>
    public int IndexOf(string id) => IndexById().TryGetValue(id, out int index) ? index : -1;

    public bool Equals(SpeakerSet? other) => other is not null && Speakers.Equals(other.Speakers);

    public override bool Equals(object? obj) => Equals(obj as SpeakerSet);

    public override int GetHashCode() => Speakers.GetHashCode();

    // Cached sets are shared between driver runs, which may run on other threads: two threads may
    // both build the lookup; they build equal ones, and either may win.
    private Dictionary<string, int> IndexById()
    {
        var indexById = Volatile.Read(ref _indexById);
        if (indexById is null)
        {
            indexById = new Dictionary<string, int>(Speakers.Count, StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < Speakers.Count; i++)
            {
                indexById[Speakers[i].Id] = i;
            }
            Volatile.Write(ref _indexById, indexById);
        }
        return indexById;
    }
}
