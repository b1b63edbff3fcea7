using System;
using System.Collections.Generic;
using System.Threading;
using Verbatim.Corpus.Resolution;

namespace Verbatim.Generators.Analysis;

/// <summary>
/// Keeps the last corpus resolution, so a compilation whose corpus files all parse to the very
/// same cached results (an edit to C# code, a rebuild) does not resolve the corpus again.
/// </summary>
internal sealed class LastResolution
{
    private Entry? _last;

    public ResolvedCorpus Get(IReadOnlyList<ParsedCorpusFile> files, Func<ResolvedCorpus> resolve)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && IsSameFiles(last.Files, files))
        {
            return last.Resolved;
        }
        var resolved = resolve();
        Volatile.Write(ref _last, new Entry(files, resolved));
        return resolved;
    }

    // Cached parses are shared instances, so an unchanged file is the same object.
    private static bool IsSameFiles(IReadOnlyList<ParsedCorpusFile> earlier, IReadOnlyList<ParsedCorpusFile> now)
    {
        if (earlier.Count != now.Count)
        {
            return false;
        }
        for (int i = 0; i < now.Count; i++)
        {
            if (!ReferenceEquals(earlier[i], now[i]))
            {
                return false;
            }
        }
        return true;
    }

    private sealed class Entry(IReadOnlyList<ParsedCorpusFile> files, ResolvedCorpus resolved)
    {
        public IReadOnlyList<ParsedCorpusFile> Files { get; } = files;

        public ResolvedCorpus Resolved { get; } = resolved;
    }
}
