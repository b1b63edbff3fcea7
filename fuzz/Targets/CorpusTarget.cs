using System;
using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Naming;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.Fuzzing.Checks;
using Verbatim.Fuzzing.Inputs;

namespace Verbatim.Fuzzing.Targets;

/// <summary>
/// The resolver over several files: every file parsed, then the corpus resolved. Checks what the
/// resolver promises on top of each file's: the same result whatever the order of the files, one
/// article per id (ignoring case) in ordinal id order, one member name per article and speaker,
/// and every diagnostic inside its own file, ordered by path then position.
/// </summary>
public static class CorpusTarget
{
    public static void Check(IReadOnlyList<FuzzFile> files)
    {
        var spans = files.ToDictionary(f => f.Path, f => new FileSpans(f.Path, f.Text));
        var registries = files.Where(FuzzFiles.IsRegistry).Select(f => RegistryParser.Parse(f.Path, f.Text)).ToList();
        var articles = files.Where(f => !FuzzFiles.IsRegistry(f)).Select(f => ArticleParser.Parse(f.Path, f.Text)).ToList();
        var corpus = CorpusResolver.Resolve(registries, articles);
        // Output depends on content only, never on the order in which the build lists the files.
        registries.Reverse();
        articles.Reverse();
        InvariantViolation.Require(CorpusResolver.Resolve(registries, articles).Equals(corpus), () => "the resolved corpus changes when the files are listed in reverse order");

        var ids = corpus.Articles.Select(a => a.Id).ToList();
        InvariantViolation.Require(ids.SequenceEqual(ids.OrderBy(id => id, StringComparer.Ordinal)), () => "articles not in ordinal id order: " + string.Join(", ", ids));
        InvariantViolation.Require(ids.Distinct(StringComparer.OrdinalIgnoreCase).Count() == ids.Count, () => "two articles with one id: " + string.Join(", ", ids));
        var speakerIds = corpus.Speakers.Speakers.Select(s => s.Id).ToList();
        InvariantViolation.Require(speakerIds.Distinct(StringComparer.OrdinalIgnoreCase).Count() == speakerIds.Count, () => "two speakers with one id: " + string.Join(", ", speakerIds));
        var articleNames = ClassMembers.OfArticles(ids).Where(n => n.Name is not null).Select(n => n.Name).ToList();
        InvariantViolation.Require(articleNames.Distinct(StringComparer.Ordinal).Count() == articleNames.Count, () => "two articles with one member name: " + string.Join(", ", articleNames));
        var speakerNames = ClassMembers.OfSpeakers(speakerIds).Where(n => n.Name is not null).Select(n => n.Name).ToList();
        InvariantViolation.Require(speakerNames.Distinct(StringComparer.Ordinal).Count() == speakerNames.Count, () => "two speakers with one member name: " + string.Join(", ", speakerNames));
        foreach (var article in corpus.Articles)
        {
            ArticleChecks.Require(article, spans[article.Path]);
        }
        foreach (var speaker in corpus.Speakers.Speakers)
        {
            SpeakerChecks.Require(new[] { speaker }, spans[speaker.Path]);
        }
        DiagnosticChecks.RequireInFiles(corpus.Diagnostics, spans);
        var places = corpus.Diagnostics.Select(d => (d.Path, d.Span.Start)).ToList();
        InvariantViolation.Require(
            places.SequenceEqual(places.OrderBy(p => p.Path, Comparer<string>.Create(CorpusOrder.ComparePaths)).ThenBy(p => p.Start)),
            () => "diagnostics not ordered by path, then position");
    }
}
