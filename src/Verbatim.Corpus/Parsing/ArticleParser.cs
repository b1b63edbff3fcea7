using System;
using System.Threading;
using Verbatim.Corpus.Diagnostics;
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
        var lines = new LineMap(text);
        var diagnostics = new DiagnosticBag(path, lines);
        var block = FrontMatterBlock.Find(text);
        var frontMatter = ReadFrontMatter(text, block, diagnostics, cancellationToken);

        string id;
        SourceSpan idSpan;
        if (frontMatter.Id is { } written)
        {
            id = written;
            idSpan = lines.Span(frontMatter.IdNode!.Start, frontMatter.IdNode.Length);
        }
        else
        {
            id = IdFromPath(path);
            idSpan = lines.Span(block.OpenAt, 0);
            if (!IdGrammar.IsValid(id))
            {
                diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.BadFileNameId(id), block.OpenAt, 0);
            }
        }

        var (body, quotes, breaks) = AnnotationParser.Parse(text, block.BodyStart, diagnostics, cancellationToken);
        var article = new ArticleSpec(
            id,
            idSpan,
            frontMatter.Title ?? id,
            frontMatter.Outlet,
            frontMatter.Published,
            frontMatter.Url,
            frontMatter.Authors,
            body,
            quotes,
            frontMatter.Speakers,
            path,
            new BodyPositions(breaks, lines.LineStarts));
        return new ArticleParseResult(article, diagnostics.ToArray());
    }

    /// <summary>The id an article gets without an <c>id:</c>: its file name (either separator) without <see cref="FileSuffix"/>.</summary>
    public static string IdFromPath(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        string name = path.Substring(slash + 1);
        return name.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase)
            ? name.Substring(0, name.Length - FileSuffix.Length)
            : name;
    }

    private static FrontMatter ReadFrontMatter(string text, FrontMatterBlock block, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        switch (block.State)
        {
            case FrontMatterState.Closed:
                return FrontMatter.Read(text, block, diagnostics, cancellationToken);
            case FrontMatterState.Unclosed:
                diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.UnclosedFrontMatter, block.OpenAt, 3);
                return new FrontMatter();
            default:
                diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.NoFrontMatter, block.OpenAt, 0);
                return new FrontMatter();
        }
    }
}
