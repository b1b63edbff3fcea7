using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Verbatim.Testing;

/// <summary>The MSBuild properties a consumer project hands the generator and the analyzer (<c>build_property.*</c>).</summary>
public sealed class BuildProperties : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, string> _globals;

    private BuildProperties(Dictionary<string, string> globals)
    {
        _globals = globals;
        GlobalOptions = new Options(globals);
    }

    /// <summary>These properties, by MSBuild name (<c>RootNamespace</c>, not <c>build_property.RootNamespace</c>).</summary>
    public static BuildProperties Of(params (string Name, string Value)[] properties) => new BuildProperties(new()).With(properties);

    /// <summary>A copy with <paramref name="properties"/> added or replaced.</summary>
    public BuildProperties With(params (string Name, string Value)[] properties)
    {
        var globals = new Dictionary<string, string>(_globals);
        foreach (var (name, value) in properties)
        {
            globals["build_property." + name] = value;
        }
        return new BuildProperties(globals);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.None;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
