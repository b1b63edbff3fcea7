using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>Every speaker of the corpus, merged and named, ordered by id (ordinal): the order of <c>Speakers.All</c>.</summary>
internal sealed record SpeakerSet(EquatableArray<SpeakerModel> Speakers);
