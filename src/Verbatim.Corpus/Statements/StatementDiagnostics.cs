using System;
using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// VQ0008 (a misquote, on the differing words, unless the quote is marked <c>!sic</c>) and VQ0009
/// (a conflicting attribution, on the quote's first speaker id) for linked statements.
/// </summary>
public static class StatementDiagnostics
{
    /// <param name="articles">The articles the statements were linked from, by id.</param>
    public static IEnumerable<CorpusDiagnostic> Find(IReadOnlyDictionary<string, ArticleSpec> articles, EquatableArray<LinkedStatement> statements)
    {
        var reported = new HashSet<(string Path, int Start, string Id)>();
        foreach (var statement in statements)
        {
            foreach (var difference in statement.Differences.Where(d => d.IsMisquote))
            {
                if (!articles.TryGetValue(difference.Quote.ArticleId, out var article) || article.Positions is not { } positions)
                {
                    continue;
                }
                var quote = article.Quotes[difference.Quote.Index];
                var span = positions.Span(quote.Start + difference.Start, difference.Length);
                if (!quote.Sic && reported.Add((article.Path, span.Start, DiagnosticIds.Misquote)))
                {
                    string message = CorpusMessages.Misquote(difference.Printed, difference.Expected, difference.ExpectedCount, difference.CoveringCount);
                    yield return new CorpusDiagnostic(DiagnosticIds.Misquote, message, article.Path, span, EquatableArray<string>.Empty);
                }
            }
            foreach (var conflict in statement.Conflicts)
            {
                if (!articles.TryGetValue(conflict.Quote.ArticleId, out var article))
                {
                    continue;
                }
                var speaker = article.Quotes[conflict.Quote.Index].Speakers[0];
                if (reported.Add((article.Path, speaker.Span.Start, DiagnosticIds.ConflictingAttribution)))
                {
                    string message = CorpusMessages.ConflictingAttribution(speaker.Id, conflict.OtherSpeakers, conflict.OtherArticles);
                    // The speakers the other outlets credit, most credited first: what the code fix offers.
                    yield return new CorpusDiagnostic(DiagnosticIds.ConflictingAttribution, message, article.Path, speaker.Span, conflict.OtherSpeakers);
                }
            }
        }
    }
}
