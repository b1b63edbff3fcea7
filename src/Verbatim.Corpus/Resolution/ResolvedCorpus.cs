using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Naming;

namespace Verbatim.Corpus.Resolution;

/// <summary>The corpus as a whole, ready to emit or to report on.</summary>
/// <param name="Speakers">All speakers, merged.</param>
/// <param name="Articles">One article per id (the first by path on a duplicate), ordered by id (ordinal).</param>
/// <param name="ArticleNames">The member name of each of <paramref name="Articles"/>, in the same order.</param>
/// <param name="SpeakerNames">The member name of each of <c>Speakers.Speakers</c>, in the same order.</param>
/// <param name="Diagnostics">Every diagnostic of the corpus, parsing included, ordered by path then position.</param>
public sealed record ResolvedCorpus(
    SpeakerDirectory Speakers,
    EquatableArray<ArticleSpec> Articles,
    EquatableArray<MemberName> ArticleNames,
    EquatableArray<MemberName> SpeakerNames,
    EquatableArray<CorpusDiagnostic> Diagnostics);
