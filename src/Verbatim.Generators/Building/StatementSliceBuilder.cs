using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Naming;
using Verbatim.Corpus.Statements;
using Verbatim.Generators.Model;

namespace Verbatim.Generators.Building;

/// <summary>Names the linked statements, finds the outlets of each wording, and cuts them into slices by a stable hash of their ids.</summary>
internal static class StatementSliceBuilder
{
    public static ImmutableArray<StatementSlice> Split(EquatableArray<LinkedStatement> statements, ImmutableArray<ArticleOutlet> outlets)
    {
        var outletOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in outlets)
        {
            outletOf[article.Id] = article.Outlet ?? article.Id;
        }
        var named = statements.Where(s => s.HasQuoteId).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var names = ClassMembers.OfStatements(named.Select(s => s.Id));
        var memberOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (int i = 0; i < named.Count; i++)
        {
            memberOf[named[i].Id] = names[i].Name;
        }
        var models = statements
            .Select(s => new StatementModel(
                s.Id,
                memberOf.TryGetValue(s.Id, out var member) ? member : null,
                s.Text,
                s.Wordings.Select(w => new StatementWordingModel(
                    w.Text,
                    w.Quotes,
                    w.Quotes.Select(key => outletOf.TryGetValue(key.ArticleId, out var outlet) ? outlet : key.ArticleId).Distinct().ToEquatableArray()))
                    .ToEquatableArray()))
            .ToList();
        return Slices.Cut(models, s => s.Id, Slices.CountFor(models.Count))
            .Select((slice, index) => new StatementSlice(index, slice))
            .ToImmutableArray();
    }
}
