using System.Collections.Generic;
using System.Threading;
using Verbatim.Cli.Infrastructure;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.Corpus.Statements;

namespace Verbatim.Cli.Model;

/// <summary>
/// The corpus as exports and the report see it, read by Verbatim.Corpus' own parser and resolver
/// (no Roslyn): articles ordered by id, speakers merged. Files are named by their path relative
/// to the corpus folder.
/// </summary>
internal sealed class CorpusModel
{
    private CorpusModel(ResolvedCorpus resolved)
    {
        Articles = resolved.Articles;
        Speakers = resolved.Speakers;
        Diagnostics = resolved.Diagnostics;
        Statements = resolved.Statements;
    }

    /// <summary>One article per id, ordered by id (ordinal), as <c>Articles.All</c> is.</summary>
    public IReadOnlyList<ArticleSpec> Articles { get; }

    public SpeakerDirectory Speakers { get; }

    public IReadOnlyList<CorpusDiagnostic> Diagnostics { get; }

    /// <summary>The statements the articles link into, as the resolver linked them.</summary>
    public EquatableArray<LinkedStatement> Statements { get; }

    public static CorpusModel Read(CorpusFolder folder, CancellationToken cancellationToken = default)
    {
        var registries = new List<RegistryParseResult>();
        var articles = new List<ArticleParseResult>();
        foreach (var file in folder.Files)
        {
            if (CorpusFolder.IsRegistry(file.RelativePath))
            {
                registries.Add(RegistryParser.Parse(file.RelativePath, file.Text.ToString(), cancellationToken));
            }
            else
            {
                articles.Add(ArticleParser.Parse(file.RelativePath, file.Text.ToString(), cancellationToken));
            }
        }
        return new CorpusModel(CorpusResolver.Resolve(registries, articles, cancellationToken));
    }

    /// <summary>The speaker an annotation names, or null when no registry or front matter defines it.</summary>
    public SpeakerSpec? Speaker(string id) => Speakers.IndexOf(id) is >= 0 and var index ? Speakers.Speakers[index] : null;
}
