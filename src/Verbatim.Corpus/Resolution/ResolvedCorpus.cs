using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Resolution;

/// <summary>The corpus as a whole, ready to report on (member names: <see cref="Naming.ClassMembers"/>).</summary>
/// <param name="Speakers">All speakers, merged.</param>
/// <param name="Articles">One article per id (the first by path on a duplicate), ordered by id (ordinal).</param>
/// <param name="Diagnostics">Every diagnostic of the corpus, parsing included, ordered by path then position.</param>
public sealed record ResolvedCorpus(
    SpeakerDirectory Speakers,
    EquatableArray<ArticleSpec> Articles,
    EquatableArray<CorpusDiagnostic> Diagnostics);
