using System.Collections.Generic;
using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Naming;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Resolution;

/// <summary>
/// Sees the corpus as a whole: merges speakers, drops duplicate articles, and finds undefined
/// speakers (VQ0001), duplicates (VQ0004), renamed members (VQ0005) and unquoted speakers (VQ0006).
/// </summary>
public static class CorpusResolver
{
    public static ResolvedCorpus Resolve(
        IEnumerable<RegistryParseResult> registries,
        IEnumerable<ArticleParseResult> articles,
        CancellationToken cancellationToken = default)
    {
        // TODO(issue 2): implemented in the corpus library work.
        return new ResolvedCorpus(
            SpeakerDirectory.Merge(System.Array.Empty<SpeakerSpec>()),
            EquatableArray<ArticleSpec>.Empty,
            EquatableArray<MemberName>.Empty,
            EquatableArray<MemberName>.Empty,
            EquatableArray<CorpusDiagnostic>.Empty);
    }
}
