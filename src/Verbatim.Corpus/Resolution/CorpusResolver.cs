using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Naming;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Resolution;

/// <summary>
/// Sees the corpus as a whole: merges speakers, drops duplicate articles, and finds undefined
/// speakers (VQ0001), duplicates (VQ0004), renamed members (VQ0005), unquoted speakers (VQ0006),
/// misquotes (VQ0008) and conflicting attributions (VQ0009).
/// </summary>
public static class CorpusResolver
{
    private static readonly IComparer<string> s_pathOrder = Comparer<string>.Create(CorpusOrder.ComparePaths);

    /// <summary>Resolves the corpus; a message that names another corpus file names it by its path as given.</summary>
    public static ResolvedCorpus Resolve(
        IEnumerable<RegistryParseResult> registries,
        IEnumerable<ArticleParseResult> articles,
        CancellationToken cancellationToken = default) =>
        Resolve(registries, articles, path => path, cancellationToken);

    /// <summary>Resolves the corpus.</summary>
    /// <param name="displayPath">
    /// How a message names a corpus file other than the one it is in, such as relative to the
    /// project. Only the message text uses it: every diagnostic stays located at its path as given.
    /// </param>
    public static ResolvedCorpus Resolve(
        IEnumerable<RegistryParseResult> registries,
        IEnumerable<ArticleParseResult> articles,
        Func<string, string> displayPath,
        CancellationToken cancellationToken = default)
    {
        var registryList = registries.OrderBy(r => r.Path, s_pathOrder).ToList();
        var parsed = articles.OrderBy(a => a.Article.Path, s_pathOrder).ThenBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var diagnostics = new List<CorpusDiagnostic>();
        diagnostics.AddRange(registryList.SelectMany(r => r.Diagnostics));
        diagnostics.AddRange(parsed.SelectMany(a => a.Diagnostics));

        var speakers = SpeakerDirectory.Merge(
            registryList.SelectMany(r => r.Speakers).Concat(parsed.SelectMany(a => a.Article.Speakers)), displayPath);
        diagnostics.AddRange(speakers.Conflicts);

        var kept = KeepFirstOfEachId(parsed, displayPath, diagnostics, cancellationToken);
        var registryPaths = registryList.Select(r => displayPath(r.Path)).ToList();
        ReportSpeakerReferences(parsed, kept, speakers, registryPaths, diagnostics, cancellationToken);

        var articleNames = ClassMembers.OfArticles(kept.Select(a => a.Id));
        ReportRenames("article", "Articles.All", articleNames, kept.Select(a => (a.Path, a.IdSpan)), diagnostics);
        var speakerNames = ClassMembers.OfSpeakers(speakers.Speakers.Select(s => s.Id));
        ReportRenames("speaker", "Speakers.All", speakerNames, speakers.Speakers.Select(s => (s.Path, s.IdSpan)), diagnostics);
        for (int i = 0; i < kept.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // An article past the limit has no class of its own, so its quote ids name nothing.
            if (articleNames[i].Name is { } articleName)
            {
                ReportQuoteRenames(kept[i], articleName, diagnostics);
            }
        }
        var statements = ReportStatements(kept, diagnostics, cancellationToken);

        return new ResolvedCorpus(
            speakers,
            new EquatableArray<ArticleSpec>(kept),
            new EquatableArray<CorpusDiagnostic>(InFileOrder(diagnostics)),
            statements);
    }

    // One article per id (ArticleIds); the others get VQ0004. Result ordered by id (ordinal).
    private static List<ArticleSpec> KeepFirstOfEachId(
        List<ArticleParseResult> parsed, Func<string, string> displayPath, List<CorpusDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var (kept, duplicates) = ArticleIds.KeepFirstOfEach(parsed.Select(p => p.Article), a => a.Id, a => a.Path, cancellationToken);
        foreach (var (article, first) in duplicates)
        {
            diagnostics.Add(Diagnostic(DiagnosticIds.DuplicateId, CorpusMessages.DuplicateArticleId(article.Id, displayPath(first.Path)), article.Path, article.IdSpan));
        }
        return kept;
    }

    // Every speaker reference, read once (a pass over every quote of the corpus): an undefined one is VQ0001,
    // in every article, a duplicate one too (its mistakes should not wait until its id is fixed); a
    // defined speaker that no kept article quotes is VQ0006.
    private static void ReportSpeakerReferences(
        List<ArticleParseResult> parsed, List<ArticleSpec> kept, SpeakerDirectory speakers, List<string> registryPaths,
        List<CorpusDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var keptById = new Dictionary<string, ArticleSpec>(kept.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var article in kept)
        {
            keptById.Add(article.Id, article);
        }
        var quoted = new bool[speakers.Speakers.Count];
        // A misspelt id tends to recur; suggestions ignore case, so one search serves every spelling of it.
        var suggestionsById = new Dictionary<string, EquatableArray<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in parsed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = result.Article;
            bool isKept = ReferenceEquals(keptById[article.Id], article);
            // Indexed: EquatableArray's enumerator is boxed, and this runs for every quote.
            for (int q = 0; q < article.Quotes.Count; q++)
            {
                var references = article.Quotes[q].Speakers;
                for (int r = 0; r < references.Count; r++)
                {
                    var reference = references[r];
                    int index = speakers.IndexOf(reference.Id);
                    if (index >= 0)
                    {
                        quoted[index] |= isKept;
                        continue;
                    }
                    if (!suggestionsById.TryGetValue(reference.Id, out var suggestions))
                    {
                        suggestionsById.Add(reference.Id, suggestions = speakers.SuggestionsFor(reference.Id));
                    }
                    string message = suggestions.Count > 0
                        ? CorpusMessages.UndefinedSpeaker(reference.Id, suggestions[0])
                        : CorpusMessages.UndefinedSpeaker(reference.Id, registryPaths);
                    diagnostics.Add(new CorpusDiagnostic(DiagnosticIds.UndefinedSpeaker, message, article.Path, reference.Span, suggestions));
                }
            }
        }
        for (int i = 0; i < quoted.Length; i++)
        {
            if (!quoted[i])
            {
                var speaker = speakers.Speakers[i];
                diagnostics.Add(Diagnostic(DiagnosticIds.UnquotedSpeaker, CorpusMessages.UnquotedSpeaker(speaker.Id), speaker.Path, speaker.IdSpan));
            }
        }
    }

    // A rename is reported at each renamed id; ids past the class's limit once, at the first of them.
    private static void ReportRenames(
        string what, string stillIn, EquatableArray<MemberName> names, IEnumerable<(string Path, SourceSpan Span)> places, List<CorpusDiagnostic> diagnostics)
    {
        int i = 0;
        foreach (var (path, span) in places)
        {
            var name = names[i++];
            if (name.Name is null)
            {
                int left = names.Count - i + 1;
                diagnostics.Add(Diagnostic(DiagnosticIds.RenamedMember, CorpusMessages.NoMember(what, name.Id, left, i - 1, stillIn), path, span));
                return;
            }
            if (name.Renamed)
            {
                diagnostics.Add(Diagnostic(DiagnosticIds.RenamedMember, CorpusMessages.Renamed(what, name.Id, MemberNames.FromId(name.Id), name.Name), path, span));
            }
        }
    }

    private static void ReportQuoteRenames(ArticleSpec article, string articleMemberName, List<CorpusDiagnostic> diagnostics)
    {
        var names = ClassMembers.OfQuotes(article, articleMemberName);
        var spans = names.Select(named => (article.Path, article.Quotes[named.Quote].IdSpan!.Value));
        ReportRenames("quote", "the article's Quotes", names.Select(named => named.Name).ToEquatableArray(), spans, diagnostics);
    }

    // Misquotes and conflicting attributions, among the statements the kept articles' quotes make:
    // linked once here, and kept for tools (ResolvedCorpus.Statements).
    private static EquatableArray<LinkedStatement> ReportStatements(List<ArticleSpec> kept, List<CorpusDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var statements = StatementLinker.Link(kept.Select(Signatures.Of), cancellationToken);
        diagnostics.AddRange(StatementDiagnostics.Find(kept.ToDictionary(a => a.Id, StringComparer.Ordinal), statements));
        return statements;
    }

    private static CorpusDiagnostic Diagnostic(string id, string message, string path, SourceSpan span) =>
        new(id, message, path, span, EquatableArray<string>.Empty);

    private static IEnumerable<CorpusDiagnostic> InFileOrder(List<CorpusDiagnostic> diagnostics)
    {
        var cap = new DiagnosticCap();
        var ordered = diagnostics
            .OrderBy(d => d.Path, s_pathOrder)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Span.Length)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal);
        foreach (var diagnostic in ordered)
        {
            if (cap.TryKeep(diagnostic, out var kept))
            {
                yield return kept;
            }
        }
    }
}
