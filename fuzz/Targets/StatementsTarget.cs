using System;
using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Statements;
using Verbatim.Fuzzing.Checks;
using Verbatim.Fuzzing.Inputs;

namespace Verbatim.Fuzzing.Targets;

/// <summary>
/// The statements linker over the parsed quotes of several articles (docs/statements.md). Checks
/// that every statement has quotes in two articles or more, each of them a quote of the input; that
/// the statements are the same whatever the order of the files; that every difference lies inside
/// its quote; and that the VQ0008 and VQ0009 diagnostics are inside their files.
/// </summary>
public static class StatementsTarget
{
    public static void Check(IReadOnlyList<FuzzFile> files)
    {
        var spans = files.ToDictionary(f => f.Path, f => new FileSpans(f.Path, f.Text));
        // One article per id (ignoring case), as the resolver keeps them, so that the order of the
        // files given to the linker is all the two runs below differ in.
        var articles = files
            .Where(f => !FuzzFiles.IsRegistry(f))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => ArticleParser.Parse(f.Path, f.Text).Article)
            .GroupBy(a => a.Id, StringComparer.OrdinalIgnoreCase)
            .Select(same => same.First())
            .ToList();
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

        var statements = StatementLinker.Link(articles.Select(Signatures.Of));
        articles.Reverse();
        InvariantViolation.Require(
            StatementLinker.Link(articles.Select(Signatures.Of)).Equals(statements),
            () => "the statements change when the articles are listed in reverse order");

        foreach (var statement in statements)
        {
            RequireWellFormed(statement, byId);
        }
        var diagnostics = StatementDiagnostics.Find(byId, statements).ToList();
        DiagnosticChecks.RequireInFiles(diagnostics, spans);
    }

    private static void RequireWellFormed(LinkedStatement statement, IReadOnlyDictionary<string, ArticleSpec> articles)
    {
        var quotes = statement.Quotes;
        InvariantViolation.Require(quotes.Select(q => q.ArticleId).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2, () => $"statement {statement.Id} is printed by fewer than two articles");
        InvariantViolation.Require(quotes.SequenceEqual(quotes.OrderBy(q => q)) && quotes.Distinct().Count() == quotes.Count, () => $"statement {statement.Id}: quotes not in corpus order, or one twice");
        foreach (var key in quotes)
        {
            InvariantViolation.Require(
                articles.TryGetValue(key.ArticleId, out var article) && key.Index >= 0 && key.Index < article.Quotes.Count,
                () => $"statement {statement.Id} names {key.ArticleId}[{key.Index}], which is no quote of the input");
        }
        var inStatement = new HashSet<QuoteKey>(quotes);
        foreach (var wording in statement.Wordings)
        {
            InvariantViolation.Require(wording.Quotes.All(inStatement.Contains), () => $"statement {statement.Id}: a wording's quote is not one of its quotes");
        }
        var credited = new HashSet<string>(quotes.SelectMany(q => articles[q.ArticleId].Quotes[q.Index].Speakers.Select(s => s.Id.ToLowerInvariant())));
        InvariantViolation.Require(statement.Speakers.All(credited.Contains), () => $"statement {statement.Id} credits a speaker none of its quotes names");
        foreach (var difference in statement.Differences)
        {
            InvariantViolation.Require(inStatement.Contains(difference.Quote), () => $"statement {statement.Id}: a difference in a quote not its own");
            var quote = articles[difference.Quote.ArticleId].Quotes[difference.Quote.Index];
            InvariantViolation.Require(
                difference.Start >= 0 && difference.Length >= 0 && difference.Start + difference.Length <= quote.Length,
                () => $"statement {statement.Id}: difference [{difference.Start}, +{difference.Length}) outside its quote of {quote.Length} characters");
        }
        foreach (var conflict in statement.Conflicts)
        {
            InvariantViolation.Require(inStatement.Contains(conflict.Quote), () => $"statement {statement.Id}: a conflict on a quote not its own");
            InvariantViolation.Require(articles[conflict.Quote.ArticleId].Quotes[conflict.Quote.Index].Speakers.Count > 0, () => $"statement {statement.Id}: a conflict on a quote credited to no one");
        }
    }
}
