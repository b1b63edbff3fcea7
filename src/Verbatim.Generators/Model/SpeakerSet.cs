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
    private EquatableArray<QuoteSpeaker>[]? _alone;

    public SpeakerSet(EquatableArray<SpeakerModel> speakers) => Speakers = speakers;

    public EquatableArray<SpeakerModel> Speakers { get; }

    /// <summary>The index in <see cref="Speakers"/> of the speaker with this id (case-insensitive), or -1.</summary>
    public int IndexOf(string id) => IndexById().TryGetValue(id, out int index) ? index : -1;

    /// <summary>
    /// The speaker at <paramref name="index"/> as a quote's only speaker, made once per set: nearly
    /// every quote of the corpus has one, and its models keep this for every build.
    /// </summary>
    public EquatableArray<QuoteSpeaker> Alone(int index)
    {
        // Built on first use like the lookup (below): a race makes equal values, either may win.
        var alone = Volatile.Read(ref _alone);
        if (alone is null)
        {
            alone = new EquatableArray<QuoteSpeaker>[Speakers.Count];
            Volatile.Write(ref _alone, alone);
        }
        if (alone[index].Count == 0)
        {
            var speaker = Speakers[index];
            alone[index] = new EquatableArray<QuoteSpeaker>(new[] { new QuoteSpeaker(speaker.Id, speaker.Name) });
        }
        return alone[index];
    }

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
