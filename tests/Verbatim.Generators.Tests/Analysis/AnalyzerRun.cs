using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Verbatim.Generators.Analysis;

namespace Verbatim.Generators.Tests.Analysis;

/// <summary>Runs <see cref="CorpusAnalyzer"/> over corpus files the way the compiler does, and fails on any analyzer exception.</summary>
internal static class AnalyzerRun
{
    public static Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(params (string Path, string Text)[] files) =>
        DiagnosticsAsync(files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)));

    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(
        IEnumerable<AdditionalText> files,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        ConfigFileOptions? configFiles = null,
        AnalyzerConfigOptionsProvider? buildProperties = null,
        string[]? sourcePaths = null,
        CorpusAnalyzer? analyzer = null,
        AdditionalText? onlyFile = null,
        CancellationToken cancellationToken = default)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSyntaxTreeOptionsProvider(configFiles);
        var trees = (sourcePaths ?? new[] { "/project/Program.cs" }).Select((path, index) => CSharpSyntaxTree.ParseText(
            $"class Type{index} {{ }}", new CSharpParseOptions(languageVersion), path, cancellationToken: cancellationToken));
        var compilation = CSharpCompilation.Create("Consumer", trees, Net80.References.All, options);

        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer ?? new CorpusAnalyzer()),
            new CompilationWithAnalyzersOptions(
                buildProperties is null ? new AnalyzerOptions(files.ToImmutableArray()) : new AnalyzerOptions(files.ToImmutableArray(), buildProperties),
                onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
        // An IDE asks for one file at a time; a build for everything.
        var diagnostics = onlyFile is null
            ? await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken)
            : (await withAnalyzers.GetAnalysisResultAsync(onlyFile, cancellationToken)).GetAllDiagnostics();

        exceptions.ShouldBeEmpty();
        diagnostics.ShouldNotContain(diagnostic => diagnostic.Id == "AD0001");
        return diagnostics;
    }

    /// <summary>A diagnostic the way <c>dotnet build</c> prints it: <c>path(line,col): severity id: message</c>.</summary>
    public static string Render(Diagnostic diagnostic)
    {
        string severity = diagnostic.Severity.ToString().ToLowerInvariant();
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (diagnostic.Location == Location.None)
        {
            return $"{severity} {diagnostic.Id}: {message}";
        }
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{diagnostic.Location.GetLineSpan().Path}({start.Line + 1},{start.Character + 1}): {severity} {diagnostic.Id}: {message}");
    }

    /// <summary>The rendered diagnostics, in file and position order.</summary>
    public static Task<string[]> RenderedAsync(params (string Path, string Text)[] files) => RenderedAsync(files, buildProperties: null);

    /// <summary>The rendered diagnostics with these build properties, in file and position order.</summary>
    public static async Task<string[]> RenderedAsync(
        (string Path, string Text)[] files, AnalyzerConfigOptionsProvider? buildProperties, CorpusAnalyzer? analyzer = null) =>
        (await DiagnosticsAsync(
            files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)), buildProperties: buildProperties, analyzer: analyzer))
            .OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .Select(Render)
            .ToArray();
}
