using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Parsing;

/// <summary>Reads one <c>*.speakers.yaml</c> speaker registry.</summary>
public static class RegistryParser
{
    /// <summary>The file name ending that makes an additional file a speaker registry.</summary>
    public const string FileSuffix = ".speakers.yaml";

    /// <summary>Parses <paramref name="text"/>; never throws, except when <paramref name="cancellationToken"/> is cancelled.</summary>
    public static RegistryParseResult Parse(string path, string text, CancellationToken cancellationToken = default)
    {
        // TODO(issue 2): implemented in the corpus library work.
        return new RegistryParseResult(path, EquatableArray<SpeakerSpec>.Empty, EquatableArray<CorpusDiagnostic>.Empty);
    }
}
