using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verbatim.CorpusSynth;

namespace Verbatim.Benchmarks;

/// <summary>
/// One corpus size as a build would see it: the synthetic corpus, a small user project targeting
/// net8.0 with C# 12, and the options MSBuild would pass. Made once per size and shared.
/// </summary>
internal sealed class Workload
{
    /// <summary>The project folder the corpus files live under.</summary>
    public const string ProjectDir = "/bench/";

    private static readonly ConcurrentDictionary<int, Workload> BySize = new();
    private static readonly ConcurrentDictionary<int, Workload> NewsLikeBySize = new();

    private readonly (string Path, byte[] Utf8)[] _files;

    private Workload(SyntheticCorpus corpus)
    {
        Corpus = corpus;
        _files = corpus.Files.Select(file => (ProjectDir + file.Path, Encoding.UTF8.GetBytes(file.Text))).ToArray();
        Compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("namespace Bench { public static class Program { public static int Answer => 42; } }", ParseOptions) },
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
    }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    /// <summary>The <c>build_property.*</c> values MSBuild would hand the generator for the benchmark project.</summary>
    public static BuildProperties Properties { get; } = BuildProperties.Of(
        ("RootNamespace", "Bench"), ("ProjectDir", ProjectDir), ("MSBuildProjectDirectory", ProjectDir.TrimEnd('/')));

    public SyntheticCorpus Corpus { get; }

    public CSharpCompilation Compilation { get; }

    public static Workload For(int articles) => BySize.GetOrAdd(articles, size => new Workload(CorpusSynthesizer.Create(size)));

    /// <summary>The same, over the news-like corpus (<see cref="CorpusSynthesizer.CreateNewsLike"/>).</summary>
    public static Workload NewsLikeFor(int articles) =>
        NewsLikeBySize.GetOrAdd(articles, size => new Workload(CorpusSynthesizer.CreateNewsLike(size)));

    /// <summary>New additional files whose text is not read yet, as at the start of a build.</summary>
    public ImmutableArray<AdditionalText> FreshTexts() =>
        _files.Select(file => (AdditionalText)InMemoryAdditionalText.FromBytes(file.Path, file.Utf8)).ToImmutableArray();

    public GeneratorDriver CreateDriver(IIncrementalGenerator generator, ImmutableArray<AdditionalText> texts, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() }, texts, ParseOptions, Properties,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
}
