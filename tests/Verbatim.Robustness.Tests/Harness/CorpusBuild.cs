using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Verbatim.Generators;
using Verbatim.Generators.Analysis;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>
/// A consumer's build of a corpus, as the compiler runs it: the generator, then the compilation of
/// what it made, then the analyzer. Nothing here asserts; <see cref="BuildChecks"/> does.
/// </summary>
internal static class CorpusBuild
{
    public static ImmutableArray<MetadataReference> Net80 { get; } =
        Basic.Reference.Assemblies.Net80.References.All.ToImmutableArray<MetadataReference>();

    // Every warning on and XML docs checked, as the strictest consumer builds.
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions s_compilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        warningLevel: 9999);

    /// <param name="compile">False skips compiling the generated code (the slow part), for runs that only look for crashes.</param>
    public static BuildOutcome Run(IReadOnlyList<InMemoryAdditionalText> files, bool compile = true, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (driver, output) = Generate(files, cancellationToken);
        var result = driver.GetRunResult().Results.Single();
        var generated = clock.Elapsed;
        var (compilerDiagnostics, image) = compile ? Emit(output, cancellationToken) : (ImmutableArray<Diagnostic>.Empty, null);
        var compiled = clock.Elapsed - generated;
        var (analyzerDiagnostics, analyzerExceptions) = Analyze(files, cancellationToken);
        var analyzed = clock.Elapsed - generated - compiled;
        return new BuildOutcome(
            result.GeneratedSources.Select(source => new GeneratedSource(source.HintName, source.SourceText.ToString())).ToImmutableArray(),
            result.Exception,
            result.Diagnostics,
            compilerDiagnostics,
            analyzerDiagnostics,
            analyzerExceptions,
            image,
            new BuildTimes(generated, compiled, analyzed));
    }

    /// <summary>
    /// Compiles once for both needs: the diagnostics (XML docs written too, so their warnings are
    /// reported) and, when there is no error, the assembly to run.
    /// </summary>
    private static (ImmutableArray<Diagnostic> Diagnostics, byte[]? Image) Emit(Compilation compilation, CancellationToken cancellationToken)
    {
        using var image = new System.IO.MemoryStream();
        using var documentation = new System.IO.MemoryStream();
        var emitted = compilation.Emit(image, xmlDocumentationStream: documentation, cancellationToken: cancellationToken);
        return (emitted.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray(), emitted.Success ? image.ToArray() : null);
    }

    /// <summary>The generator alone, over an empty consumer project.</summary>
    public static (GeneratorDriver Driver, Compilation Output) Generate(IReadOnlyList<InMemoryAdditionalText> files, CancellationToken cancellationToken = default)
    {
        var driver = Driver(files).RunGeneratorsAndUpdateCompilation(EmptyConsumer(), out var output, out _, cancellationToken);
        return (driver, output);
    }

    /// <summary>The generated sources (hint name and text, in hint name order) of a generator run.</summary>
    public static string[] Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => source.HintName + "\n" + source.SourceText)
            .ToArray();

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, BuildProperties? properties = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            files,
            s_parseOptions,
            properties ?? Consumer.Properties);

    public static CSharpCompilation EmptyConsumer() =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", s_parseOptions) },
            Net80,
            s_compilationOptions);

    /// <summary>The analyzer alone: its diagnostics and whatever it threw (the compiler turns those into AD0001).</summary>
    /// <param name="analyzer">An analyzer instance to reuse (it keeps a parse cache across runs), or null for a fresh one.</param>
    public static (ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions) Analyze(
        IReadOnlyList<AdditionalText> files,
        CancellationToken cancellationToken = default,
        CorpusAnalyzer? analyzer = null)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = EmptyConsumer().WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer ?? new CorpusAnalyzer()),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(files.ToImmutableArray(), Consumer.Properties),
                onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
        return (diagnostics, exceptions.ToArray());
    }
}

internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>Wall-clock time of each step of a build, for the measurements in docs/robustness.md.</summary>
internal sealed record BuildTimes(TimeSpan Generate, TimeSpan Compile, TimeSpan Analyze)
{
    public override string ToString() =>
        $"generate {Generate.TotalMilliseconds:F0} ms, compile {Compile.TotalMilliseconds:F0} ms, analyze {Analyze.TotalMilliseconds:F0} ms";
}

/// <param name="CompilerDiagnostics">Every non-hidden diagnostic of the consumer compiled with the generated code.</param>
/// <param name="Image">The compiled consumer, when it compiled.</param>
/// <param name="AnalyzerExceptions">What the analyzer threw, each of which the compiler reports as AD0001.</param>
internal sealed record BuildOutcome(
    ImmutableArray<GeneratedSource> Sources,
    Exception? GeneratorException,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilerDiagnostics,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics,
    IReadOnlyList<Exception> AnalyzerExceptions,
    byte[]? Image,
    BuildTimes Times)
{
    public string AllSources => string.Join("\n", Sources.Select(source => "// " + source.HintName + "\n" + source.Text));
}
