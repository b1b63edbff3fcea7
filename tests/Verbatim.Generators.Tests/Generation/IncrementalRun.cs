using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>Two generator runs, before and after an edit, and what the second one did.</summary>
internal sealed class IncrementalRun
{
    private IncrementalRun(GeneratorRunResult first, GeneratorRunResult second)
    {
        First = first;
        Second = second;
    }

    public GeneratorRunResult First { get; }

    public GeneratorRunResult Second { get; }

    public static CSharpCompilation Compilation() =>
        GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }");

    /// <summary>Runs over <paramref name="files"/>, applies <paramref name="edit"/>, runs again.</summary>
    public static IncrementalRun Of(
        IEnumerable<AdditionalText> files,
        System.Func<GeneratorDriver, GeneratorDriver>? edit = null,
        System.Func<CSharpCompilation, CSharpCompilation>? editCompilation = null)
    {
        var compilation = Compilation();
        var driver = GeneratorRun.Driver(files).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        driver = (edit ?? (d => d))(driver).RunGenerators((editCompilation ?? (c => c))(compilation));
        return new IncrementalRun(first, driver.GetRunResult().Results.Single());
    }

    /// <summary>
    /// The hint names the second run produced anew. An output the driver took from its cache keeps
    /// the very <c>SourceText</c> of the first run; a regenerated one gets a new one, even when equal.
    /// </summary>
    public IEnumerable<string> RegeneratedSources()
    {
        var before = First.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText);
        return Second.GeneratedSources
            .Where(source => !before.TryGetValue(source.HintName, out var text) || !ReferenceEquals(text, source.SourceText))
            .Select(source => source.HintName)
            .Order(System.StringComparer.Ordinal);
    }

    /// <summary>How each output of step <paramref name="stepName"/> ran the second time.</summary>
    public IEnumerable<IncrementalStepRunReason> Reasons(string stepName) =>
        Second.TrackedSteps[stepName].SelectMany(step => step.Outputs).Select(output => output.Reason);

    /// <summary>The names of the generator's own steps (not Roslyn's input nodes, which hold the compilation).</summary>
    public static IEnumerable<string> StepNames() =>
        typeof(TrackingNames).GetFields().Select(field => (string)field.GetRawConstantValue()!);

    /// <summary>Every output of every step of the generator's own, in both runs.</summary>
    public IEnumerable<object> AllStepOutputs() =>
        new[] { First, Second }
            .SelectMany(result => StepNames().SelectMany(name => result.TrackedSteps[name]))
            .SelectMany(step => step.Outputs)
            .Select(output => output.Value);
}
