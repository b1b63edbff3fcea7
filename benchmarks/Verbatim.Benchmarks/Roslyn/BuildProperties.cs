using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Verbatim.Benchmarks.Roslyn;

/// <summary>The <c>build_property.*</c> values MSBuild would hand the generator for the benchmark project.</summary>
internal sealed class BuildProperties(IReadOnlyDictionary<string, string> globals) : AnalyzerConfigOptionsProvider
{
    public static readonly BuildProperties ForBenchmarkProject = new(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Bench",
        ["build_property.ProjectDir"] = Workload.ProjectDir,
        ["build_property.MSBuildProjectDirectory"] = Workload.ProjectDir.TrimEnd('/'),
    });

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
