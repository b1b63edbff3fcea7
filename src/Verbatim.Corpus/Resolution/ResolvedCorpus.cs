using System.Linq;
using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Resolution;

/// <summary>The corpus as a whole, ready to report on (member names: <see cref="Naming.ClassMembers"/>).</summary>
/// <param name="Speakers">All speakers, merged.</param>
/// <param name="Articles">One article per id (the first by path on a duplicate), ordered by id (ordinal).</param>
/// <param name="Diagnostics">Every diagnostic of the corpus, parsing included, ordered by path then position.</param>
public sealed record ResolvedCorpus(
    SpeakerDirectory Speakers,
    EquatableArray<ArticleSpec> Articles,
    EquatableArray<CorpusDiagnostic> Diagnostics)
{
    /// <summary>The statements its articles link into: the entry point for tools (a report, the command line).</summary>
    /// <remarks>Quote keys number each article's quotes as <see cref="ArticleSpec.Quotes"/> does.</remarks>
    public EquatableArray<LinkedStatement> LinkStatements(CancellationToken cancellationToken = default) =>
        StatementLinker.Link(Articles.Select(Signatures.Of), cancellationToken);
}
