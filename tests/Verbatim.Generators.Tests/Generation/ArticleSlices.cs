using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>Finds the generated file that holds an article: the slice whose list at its top names the article's id.</summary>
internal static class ArticleSlices
{
    public static bool IsSlice(string hintName) => Regex.IsMatch(hintName, @"^Verbatim\.Articles\.[0-9]{4}\.g\.cs$");

    /// <summary>The hint name of the slice that holds the article <paramref name="id"/>.</summary>
    public static string Holding(IReadOnlyDictionary<string, string> sources, string id) =>
        sources.Single(source => IsSlice(source.Key) && Lists(source.Value, id)).Key;

    public static string Holding(GeneratorRunResult run, string id) =>
        Holding(run.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString()), id);

    /// <summary>The text of the slice that holds the article <paramref name="id"/>.</summary>
    public static string Of(IReadOnlyDictionary<string, string> sources, string id) => sources[Holding(sources, id)];

    private static bool Lists(string slice, string id) =>
        slice.Split('\n').TakeWhile(line => line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith('#'))
            .Any(line => line.StartsWith("//   " + id + " (", StringComparison.Ordinal));
}
