using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>The build properties a consumer's MSBuild hands the generator (<c>build_property.*</c>).</summary>
internal sealed class TestOptions(IReadOnlyDictionary<string, string> globals) : AnalyzerConfigOptionsProvider
{
    public static TestOptions Properties(params (string Name, string Value)[] properties)
    {
        var globals = new Dictionary<string, string>();
        foreach (var (name, value) in properties)
        {
            globals["build_property." + name] = value;
        }
        return new TestOptions(globals);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

    private sealed class Values(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
