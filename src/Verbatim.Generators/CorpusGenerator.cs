using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Statements;
using Verbatim.Generators.Building;
using Verbatim.Generators.Emitting;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

namespace Verbatim.Generators;

/// <summary>
/// Turns the corpus files of a compilation (<c>*.article.md</c>, <c>*.speakers.yaml</c>) into the
/// generated API. Reports no diagnostics: the analyzer does. Articles go out in slices of a few dozen
/// (about 200 at 100,000 articles; by a stable hash of the id), so an edit to one article regenerates its slice
/// and the tables the edit changes, nothing else.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Options: MSBuild properties, language version, and what the compilation offers, all
        //    projected to one equatable value (a C# edit that changes none of them stops here).
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => CorpusOptions.Read(provider.GlobalOptions))
            .Combine(context.ParseOptionsProvider.Select((parse, _) => (parse as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Default))
            .Combine(context.CompilationProvider.Select(CompilationFeatures.Of))
            .Select((input, _) => EmitOptions.Create(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Options);

        // 2. Each corpus file parsed on its own (paths with '/', so output never depends on the host).
        //    Every step over each file costs every edit a pass over all of them in Roslyn's tables, so
        //    only what must cache per file is such a step: the filter and the parse of both kinds are
        //    one, yielding an article or a registry (ParsedFile). One provider of the files: each read
        //    of context.AdditionalTextsProvider is an input node of its own, and each input node
        //    compares every file of the compilation on every run.
        var parsedFiles = context.AdditionalTextsProvider
            .SelectMany(Parse)
            .WithTrackingName(TrackingNames.ParsedFiles)
            .Collect();
        //    The collected files are passed over once more, to cut the articles into slices by a stable
        //    hash of the id (see ArticleSlice); every step after that is per slice or corpus-wide, so an
        //    edit walks a table of a slice per entry, not of an article per entry. The slices hold the
        //    parsed files' own objects: an untouched slice compares equal by reference.
        var parsedArticles = parsedFiles.SelectMany((all, _) => ParsedArticleSlice.Split(all)).WithTrackingName(TrackingNames.ParsedArticles);

        // 3. The speaker set: every registry and every article's front matter speakers, merged and named.
        //    The articles' speakers are taken a slice at a time: they stay equal when only a body changed.
        var registrySpeakers = parsedFiles.Select((all, _) => ParsedFile.RegistriesOf(all)).WithTrackingName(TrackingNames.RegistrySpeakers);
        var articleSpeakers = parsedArticles
            .Select((slice, _) => Projection.Of(slice.Articles, parsed => parsed.Article.Speakers))
            .WithTrackingName(TrackingNames.ArticleSpeakers)
            .Collect();
        //    Where each is defined is split off: a line shift that moves definitions leaves the set equal.
        var mergedSpeakers = registrySpeakers
            .Combine(articleSpeakers)
            .Select((input, cancellationToken) => SpeakerSetBuilder.Build(input.Left, Projection.Flatten(input.Right), cancellationToken))
            .WithTrackingName(TrackingNames.MergedSpeakers);
        var speakers = mergedSpeakers.Select((merged, _) => merged.Set).WithTrackingName(TrackingNames.SpeakerSet);

        // 4. Which file each article id comes from, and the article member names (from ids and
        //    paths only, taken a slice at a time, so a body edit stops at its slice's keys).
        var articleIndex = parsedArticles
            .Select((slice, _) => Projection.Of(slice.Articles, parsed => parsed.Key))
            .WithTrackingName(TrackingNames.ArticleKeys)
            .Collect()
            .Select((keys, cancellationToken) => ArticleIndexBuilder.Build(Projection.Flatten(keys), cancellationToken))
            .WithTrackingName(TrackingNames.ArticleIndex);

        // 5. Per slice of articles: its parsed articles with the corpus-wide facts they need -> their
        //    models -> one file. A slice at a time, so an edit passes one slice through the combine and
        //    the build; the number of slices follows the number of generated articles (the cut above
        //    follows the parsed ones: where an id lost to another file moves the count, its slices are
        //    joined), and an article whose id another file won yields no model.
        var corpusFacts = speakers.Combine(articleIndex).Combine(options)
            .Select((input, _) => new CorpusFacts(input.Left.Left, input.Left.Right, input.Right));
        var articleSlices = parsedArticles.Collect().Combine(articleIndex)
            .SelectMany((input, _) => ParsedArticleSlice.Group(input.Left, ArticleSlice.CountFor(input.Right.Entries.Count)))
            .WithTrackingName(TrackingNames.ParsedArticleSlices)
            .Combine(corpusFacts)
            .Select((input, cancellationToken) => ArticleModelBuilder.Build(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ArticleSlices);
        context.RegisterSourceOutput(articleSlices, (output, slice) =>
        {
            if (slice.Articles.Count > 0)
            {
                AddIfSupported(output, slice.Articles[0].Options, HintNames.Of(slice), () => ArticleSliceSource.Emit(slice));
            }
        });

        // 6. The tables, each from the narrowest projection of the models it needs, taken a slice at a
        //    time (equal, and so cached, while the edit leaves that part alone; an edit takes it of one
        //    slice) and collected; the quote table and the speaker members in slices, each an output of
        //    its own, so an edit regenerates one slice.
        var articleRows = articleSlices.Select((slice, _) => Projection.Of(slice.Articles, article => article.Row))
            .WithTrackingName(TrackingNames.ArticleRows)
            .Collect();
        var quoteSlices = articleSlices.Select((slice, _) => Projection.Of(slice.Articles, article => article.QuoteRows))
            .WithTrackingName(TrackingNames.ArticleQuotes)
            .Collect()
            .SelectMany((articles, _) => QuoteSlice.Split(Projection.Flatten(articles)))
            .WithTrackingName(TrackingNames.QuoteSlices);
        var speakerSlices = articleSlices.Select((slice, _) => Projection.Of(slice.Articles, article => article.SpeakerUse))
            .WithTrackingName(TrackingNames.SpeakerUses)
            .Collect()
            .Combine(mergedSpeakers)
            .SelectMany((input, _) => SpeakerSlice.Split(input.Right, Projection.Flatten(input.Left)))
            .WithTrackingName(TrackingNames.SpeakerSlices);

        // 7. Statements: the quote signatures of each slice's articles, computed in a step per slice (a
        //    prose edit leaves them equal, so it stops there; a step per article would cost every edit a
        //    pass over all of them in Roslyn's tables), joined across the corpus, given the outlets (taken
        //    a slice at a time, like the tables), then cut into slices by a stable hash of the statement
        //    id, each an output of its own.
        var signatures = articleSlices.Select((slice, _) => StatementInputs.OfSlice(slice))
            .WithTrackingName(TrackingNames.QuoteSignatures)
            .Collect();
        var outlets = articleSlices.Select((slice, _) => Projection.Of(slice.Articles, article => article.Outlet))
            .WithTrackingName(TrackingNames.ArticleOutlets)
            .Collect();
        var statementSlices = signatures
            .Select((all, cancellationToken) => StatementLinker.Link(Projection.Flatten(all), cancellationToken))
            .WithTrackingName(TrackingNames.LinkedStatements)
            .Combine(outlets)
            .SelectMany((input, _) => StatementSliceBuilder.Split(input.Left, Projection.Flatten(input.Right)))
            .WithTrackingName(TrackingNames.StatementSlices);
        context.RegisterSourceOutput(statementSlices.Combine(options), (output, input) =>
            AddIfSupported(output, input.Right, HintNames.Of(input.Left), () => StatementsSource.EmitSlice(input.Right, input.Left)));
        context.RegisterSourceOutput(options.Combine(statementSlices.Collect().Select((slices, _) => slices.Length)), (output, input) =>
            AddIfSupported(output, input.Left, HintNames.Statements, () => StatementsSource.Emit(input.Left, input.Right)));
        context.RegisterSourceOutput(options, (output, emit) =>
            AddIfSupported(output, emit, HintNames.StatementTypes, () => StatementTypesSource.Emit(emit)));

        context.RegisterSourceOutput(options, (output, emit) =>
            AddIfSupported(output, emit, HintNames.Model, () => ModelSource.Emit(emit)));
        context.RegisterSourceOutput(options.Combine(articleRows), (output, input) =>
            AddIfSupported(output, input.Left, HintNames.Articles, () => ArticleTableSource.Emit(input.Left, Projection.Flatten(input.Right))));
        context.RegisterSourceOutput(quoteSlices.Combine(options.Combine(speakers)), (output, input) =>
            AddIfSupported(output, input.Right.Left, HintNames.Of(input.Left), () => QuotesSource.Emit(input.Right.Left, input.Right.Right, input.Left)));
        context.RegisterSourceOutput(options.Combine(speakers), (output, input) =>
            AddIfSupported(output, input.Left, HintNames.Speakers, () => SpeakersSource.Emit(input.Left, input.Right)));
        context.RegisterSourceOutput(speakerSlices.Combine(options), (output, input) =>
            AddIfSupported(output, input.Right, HintNames.Of(input.Left), () => SpeakersSource.EmitSlice(input.Right, input.Left)));
    }

    private static ImmutableArray<ParsedFile> Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        if (file.Path.EndsWith(ArticleParser.FileSuffix, StringComparison.OrdinalIgnoreCase))
        {
            var article = ArticleParser.Parse(CorpusPaths.Normalize(file.Path), Read(file, cancellationToken), cancellationToken).Article;
            return ImmutableArray.Create(ParsedFile.OfArticle(ParsedArticle.Of(article)));
        }
        if (file.Path.EndsWith(RegistryParser.FileSuffix, StringComparison.OrdinalIgnoreCase))
        {
            var registry = RegistryParser.Parse(CorpusPaths.Normalize(file.Path), Read(file, cancellationToken), cancellationToken);
            return ImmutableArray.Create(ParsedFile.OfRegistry(registry.Speakers));
        }
        return ImmutableArray<ParsedFile>.Empty;
    }

    private static string Read(AdditionalText file, CancellationToken cancellationToken) =>
        file.GetText(cancellationToken)?.ToString() ?? string.Empty;

    /// <summary>C# older than 8 gets no code at all: the analyzer reports why.</summary>
    private static void AddIfSupported(SourceProductionContext output, EmitOptions options, string hintName, Func<SourceText> emit)
    {
        if (options.IsSupported)
        {
            output.AddSource(hintName, emit());
        }
    }
}
