using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>The MSBuild properties a consumer project hands the generator (<c>build_property.*</c>).</summary>
internal sealed class BuildProperties : AnalyzerConfigOptionsProvider
{
    public const string ProjectDirectory = "/consumer/";

    public const string Namespace = "Consumer.Corpus";

    private BuildProperties(Dictionary<string, string> values) => GlobalOptions = new Options(values);

    /// <summary>A consumer in <see cref="ProjectDirectory"/> whose generated API is public in <see cref="Namespace"/>.</summary>
    public static BuildProperties Default { get; } = In(ProjectDirectory);

    /// <summary>The same consumer in another folder (written the host's way, with its own separators).</summary>
    public static BuildProperties In(string projectDirectory) => new(Values(projectDirectory));

    /// <summary>
    /// The consumer in <paramref name="projectDirectory"/>, built deterministically: a PathMap from that folder to
    /// <c>/_/</c>, so corpus paths in <c>#line</c> directives read the same from any checkout.
    /// </summary>
    public static BuildProperties Mapped(string projectDirectory)
    {
        var values = Values(projectDirectory);
        values["build_property.PathMap"] = projectDirectory + "=/_/";
        return new BuildProperties(values);
    }

    private static Dictionary<string, string> Values(string projectDirectory) => new()
    {
        ["build_property.RootNamespace"] = "Consumer",
        ["build_property.ProjectDir"] = projectDirectory,
        ["build_property.VerbatimVisibility"] = "public",
    };

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.None;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
