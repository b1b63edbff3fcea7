using System.Threading;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Parsing;

/// <summary>Reads one <c>*.article.md</c> file: front matter, then the annotated body.</summary>
public static class ArticleParser
{
    /// <summary>The file name ending that makes an additional file an article.</summary>
    public const string FileSuffix = ".article.md";

    /// <summary>Parses <paramref name="text"/>; never throws, except when <paramref name="cancellationToken"/> is cancelled.</summary>
    public static ArticleParseResult Parse(string path, string text, CancellationToken cancellationToken = default)
    {
        // TODO(issue 2): implemented in the corpus library work.
        var article = new ArticleSpec(path, default, path, null, null, null, EquatableArray<string>.Empty, text,
            EquatableArray<QuoteSpec>.Empty, EquatableArray<SpeakerSpec>.Empty, path);
        return new ArticleParseResult(article, EquatableArray<Diagnostics.CorpusDiagnostic>.Empty);
    }
}
