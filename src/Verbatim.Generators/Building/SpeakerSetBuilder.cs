using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Naming;
using Verbatim.Corpus.Resolution;
using Verbatim.Generators.Model;

namespace Verbatim.Generators.Building;

/// <summary>Merges every speaker definition of the corpus, names the result and says where each is defined.</summary>
internal static class SpeakerSetBuilder
{
    public static MergedSpeakers Build(
        IEnumerable<EquatableArray<SpeakerSpec>> registries,
        IEnumerable<EquatableArray<SpeakerSpec>> articleSpeakers,
        CancellationToken cancellationToken)
    {
        // Merge orders the definitions itself, so the winner of a conflict never depends on file order.
        var directory = SpeakerDirectory.Merge(registries.Concat(articleSpeakers).SelectMany(speakers => speakers));
        cancellationToken.ThrowIfCancellationRequested();

        var names = ClassMembers.OfSpeakers(directory.Speakers.Select(speaker => speaker.Id));
        var speakers = new List<SpeakerModel>(directory.Speakers.Count);
        var places = new List<CorpusPlace>(directory.Speakers.Count);
        for (int i = 0; i < directory.Speakers.Count; i++)
        {
            var speaker = directory.Speakers[i];
            speakers.Add(new SpeakerModel(speaker.Id, names[i].Name, speaker.Name, speaker.Role, speaker.Organization, speaker.Kind, speaker.Aliases));
            places.Add(new CorpusPlace(speaker.Path, CorpusRange.Of(speaker.IdSpan)));
        }
        return new MergedSpeakers(new SpeakerSet(speakers.ToEquatableArray()), places.ToEquatableArray());
    }
}
