using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>
/// The merged speakers and where each is defined. Split in two so that a line shift in a registry,
/// which moves definitions but changes no speaker, leaves <see cref="Set"/> equal: the tables that
/// read it stay cached, and only the speaker members that moved are written again.
/// </summary>
/// <param name="Places">The definition of each speaker of <see cref="Set"/>, at the same index: the file and the id's YAML key.</param>
internal sealed record MergedSpeakers(SpeakerSet Set, EquatableArray<CorpusPlace> Places);
