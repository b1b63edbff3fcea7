using System;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Generators.Analysis;

/// <summary>One corpus file read on its own: an article or a speaker registry.</summary>
internal sealed class ParsedCorpusFile
{
    private ParsedCorpusFile(ArticleParseResult? article, RegistryParseResult? registry)
    {
        Article = article;
        Registry = registry;
    }

    public ArticleParseResult? Article { get; }

    public RegistryParseResult? Registry { get; }

    /// <summary>
    /// Keeps parses across compilations, so an edit re-parses only the file that changed. Roslyn
    /// caches by text; a parse also depends on the path (an article's default id, the paths in
    /// diagnostics), hence one entry per path under each text.
    /// </summary>
    public static SourceTextValueProvider<ParsesOfText> CreateCache() => new(_ => new ParsesOfText());

    public static bool IsCorpusFile(string path) => IsRegistry(path) || path.EndsWith(ArticleParser.FileSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The parse of a corpus file (see <see cref="IsCorpusFile"/>), from <paramref name="cache"/> when it has one.</summary>
    public static ParsedCorpusFile Get(
        string path,
        SourceText text,
        ParsesOfText? cache,
        CancellationToken cancellationToken)
    {
        if (cache?.Find(path) is { } cached)
        {
            return cached;
        }
        var parsed = IsRegistry(path)
            ? new ParsedCorpusFile(null, RegistryParser.Parse(path, text.ToString(), cancellationToken))
            : new ParsedCorpusFile(ArticleParser.Parse(path, text.ToString(), cancellationToken), null);
        return cache is null ? parsed : cache.GetOrAdd(path, parsed);
    }

    private static bool IsRegistry(string path) => path.EndsWith(RegistryParser.FileSuffix, StringComparison.OrdinalIgnoreCase);
}
