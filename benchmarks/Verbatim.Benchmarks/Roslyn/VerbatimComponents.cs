using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Verbatim.Benchmarks.Roslyn;

/// <summary>
/// The product's generator and analyzer, found by their fixed names (docs/architecture.md), so the benchmarks
/// measure exactly what the package ships whatever the classes' accessibility.
/// </summary>
internal static class VerbatimComponents
{
    private const string Assembly = "Verbatim.Generators";

    public static IIncrementalGenerator CreateGenerator() =>
        Create<IIncrementalGenerator>("Verbatim.Generators.CorpusGenerator");

    public static DiagnosticAnalyzer CreateAnalyzer() =>
        Create<DiagnosticAnalyzer>("Verbatim.Generators.Analysis.CorpusAnalyzer");

    private static T Create<T>(string typeName)
    {
        var type = Type.GetType($"{typeName}, {Assembly}", throwOnError: true)!;
        return (T)Activator.CreateInstance(type, nonPublic: true)!;
    }
}
