using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Verbatim.Benchmarks.Roslyn;

namespace Verbatim.Benchmarks;

/// <summary>
/// The IDE's case: the driver is kept and one article's text changes, or a C# file (the keystroke
/// users make most). Each invocation swaps the middle article between its original and an edited
/// body, or the compilation between two that differ in one C# file, so every run is a real edit.
/// </summary>
[MemoryDiagnoser]
public class EditBenchmarks
{
    private Editor _verbatim = null!, _doNothing = null!, _oneOutput = null!;

    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Current))]
    public int Articles { get; set; }

    [GlobalSetup(Targets = new[] { nameof(DoNothingGeneratorEdit), nameof(DoNothingGeneratorCSharpEdit) })]
    public void SetupDoNothing() => _doNothing = new Editor(Workload.For(Articles), new DoNothingGenerator());

    [GlobalSetup(Targets = new[] { nameof(GeneratorEdit), nameof(GeneratorCSharpEdit) })]
    public void SetupVerbatim() => _verbatim = new Editor(Workload.For(Articles), VerbatimComponents.CreateGenerator());

    /// <summary>For <c>--once edit-floor</c>: the generator with one output, the floor of any generator over every file.</summary>
    public void SetupOneOutput() => _oneOutput = new Editor(Workload.For(Articles), new OneOutputGenerator());

    public int OneOutputGeneratorEdit() => _oneOutput.EditOneArticle();

    [Benchmark(Baseline = true)]
    public int DoNothingGeneratorEdit() => _doNothing.EditOneArticle();

    [Benchmark]
    public int GeneratorEdit() => _verbatim.EditOneArticle();

    [Benchmark]
    public int DoNothingGeneratorCSharpEdit() => _doNothing.EditCSharp();

    [Benchmark]
    public int GeneratorCSharpEdit() => _verbatim.EditCSharp();

    /// <summary>A driver that has run once, and the two versions of the article and of the compilation it toggles.</summary>
    private sealed class Editor
    {
        private Compilation _compilation, _otherCompilation;
        private GeneratorDriver _driver;
        private AdditionalText _current, _other;

        public Editor(Workload workload, IIncrementalGenerator generator)
        {
            var texts = workload.FreshTexts();
            _compilation = workload.Compilation;
            _otherCompilation = _compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
                "namespace Bench { internal static class Typed { internal static int Keystroke => 1; } }", Workload.ParseOptions));
            _driver = workload.CreateDriver(generator, texts).RunGenerators(_compilation);
            // Index 0 is the registry; pick an article in the middle of the id order.
            _current = texts[(texts.Length + 1) / 2];
            var original = (InMemoryAdditionalText)_current;
            string edited = original.Text.TrimEnd('\n') + " The talks went on late into the night.\n";
            _other = InMemoryAdditionalText.FromBytes(original.Path, Encoding.UTF8.GetBytes(edited));
        }

        public int EditOneArticle()
        {
            _driver = _driver.ReplaceAdditionalText(_current, _other).RunGenerators(_compilation);
            (_current, _other) = (_other, _current);
            return _driver.GetRunResult().GeneratedTrees.Length;
        }

        public int EditCSharp()
        {
            _driver = _driver.RunGenerators(_otherCompilation);
            (_compilation, _otherCompilation) = (_otherCompilation, _compilation);
            return _driver.GetRunResult().GeneratedTrees.Length;
        }
    }
}
