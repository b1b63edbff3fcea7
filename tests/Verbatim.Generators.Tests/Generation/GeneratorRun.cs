using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>Runs <see cref="CorpusGenerator"/> the way the compiler does, then compiles and runs what it made.</summary>
internal static class GeneratorRun
{
    public const string RootNamespace = "Consumer";

    public static ImmutableArray<MetadataReference> Net80 { get; } = Basic.Reference.Assemblies.Net80.References.All.ToImmutableArray<MetadataReference>();

    public static ImmutableArray<MetadataReference> NetStandard20 { get; } = ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(BuildFacts.Get(typeof(GeneratorRun).Assembly, "NetStandard20Reference")));

    public static BuildProperties DefaultOptions { get; } = BuildProperties.Of(
        ("RootNamespace", RootNamespace), ("ProjectDir", TestCorpus.ProjectDirectory));

    public static CSharpCompilation Compilation(
        ImmutableArray<MetadataReference> references,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions(languageVersion))),
            references,
            // Every warning there is, and XML docs checked, as a strict consumer's build would.
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                warningLevel: 9999));

    public static CSharpParseOptions ParseOptions(LanguageVersion languageVersion) =>
        new(languageVersion, DocumentationMode.Diagnose);

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, BuildProperties? options = null, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            files,
            ParseOptions(languageVersion),
            options ?? DefaultOptions,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The generated sources by hint name, after checking the generator neither threw nor reported anything.</summary>
    public static ImmutableDictionary<string, string> Sources(GeneratorDriverRunResult run)
    {
        var result = run.Results.Single();
        result.Exception.ShouldBeNull();
        result.Diagnostics.ShouldBeEmpty();
        return result.GeneratedSources.ToImmutableDictionary(source => source.HintName, source => source.SourceText.ToString());
    }

    public static (Compilation Output, ImmutableDictionary<string, string> Sources) Generate(
        IEnumerable<AdditionalText> files,
        CSharpCompilation compilation,
        BuildProperties? options = null)
    {
        var languageVersion = ((CSharpParseOptions)compilation.SyntaxTrees.First().Options).LanguageVersion;
        var driver = Driver(files, options, languageVersion).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (output, Sources(driver.GetRunResult()));
    }

    /// <summary>Emits <paramref name="compilation"/> (which must have no diagnostic at all) and calls <c>Probe.Run()</c> in it.</summary>
    public static string RunProbe(Compilation compilation)
    {
        compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ShouldBeEmpty();
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));
        image.Position = 0;

        var context = new AssemblyLoadContext("generated-corpus", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var run = assembly.GetType("Probe")!.GetMethod("Run")!;
            return (string)run.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
