using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Resolution;

/// <summary>The corpus as a whole, ready to report on (member names: <see cref="Naming.ClassMembers"/>).</summary>
/// <param name="Speakers">All speakers, merged.</param>
/// <param name="Articles">One article per id (the first by path on a duplicate), ordered by id (ordinal).</param>
/// <param name="Diagnostics">Every diagnostic of the corpus, parsing included, ordered by path then position.</param>
/// <param name="Statements">
/// The statements its articles link into, linked once while resolving (VQ0008 and VQ0009 are found
/// among them): the entry point for tools (a report, the command line). Quote keys number each
/// article's quotes as <see cref="ArticleSpec.Quotes"/> does.
/// </param>
public sealed record ResolvedCorpus(
    SpeakerDirectory Speakers,
    EquatableArray<ArticleSpec> Articles,
    EquatableArray<CorpusDiagnostic> Diagnostics,
    EquatableArray<LinkedStatement> Statements);
