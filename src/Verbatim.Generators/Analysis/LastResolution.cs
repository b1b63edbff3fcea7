using System;
using System.Collections.Generic;
using System.Threading;
using Verbatim.Corpus.Resolution;

namespace Verbatim.Generators.Analysis;

/// <summary>
/// Keeps the last corpus resolution, so a compilation whose corpus files all parse to the very
/// same cached results (an edit to C# code, a rebuild) does not resolve the corpus again. The
/// project folder is part of the key: messages name other files relative to it.
/// </summary>
internal sealed class LastResolution
{
    private Entry? _last;

    public ResolvedCorpus Get(IReadOnlyList<ParsedCorpusFile> files, string? projectDirectory, Func<ResolvedCorpus> resolve)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && IsSameFiles(last.Files, files) && string.Equals(last.ProjectDirectory, projectDirectory, StringComparison.Ordinal))
        {
            return last.Resolved;
        }
        var resolved = resolve();
        Volatile.Write(ref _last, new Entry(files, projectDirectory, resolved));
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

    private sealed class Entry(IReadOnlyList<ParsedCorpusFile> files, string? projectDirectory, ResolvedCorpus resolved)
    {
        public IReadOnlyList<ParsedCorpusFile> Files { get; } = files;

        public string? ProjectDirectory { get; } = projectDirectory;

        public ResolvedCorpus Resolved { get; } = resolved;
    }
}
