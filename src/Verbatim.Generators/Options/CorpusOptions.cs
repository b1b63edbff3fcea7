using Microsoft.CodeAnalysis.Diagnostics;
using Verbatim.Generators.Emitting;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Options;

/// <summary>
/// The MSBuild properties Verbatim reads (made visible by the package's <c>CompilerVisibleProperty</c>
/// items), resolved to their defaults. Value-equal, so a pipeline step that reads it stays cached.
/// </summary>
/// <param name="Namespace">A valid C# namespace: <c>VerbatimNamespace</c>, else <c>RootNamespace.Corpus</c>, else <c>Corpus</c>.</param>
/// <param name="IsPublic">True when <c>VerbatimVisibility</c> is <c>public</c>; the generated API is internal otherwise.</param>
/// <param name="ProjectDirectory">The project folder with <c>/</c> separators and a trailing <c>/</c>, or null when unknown.</param>
/// <param name="PathMap">The compiler's <c>PathMap</c>, which the corpus paths of <c>#line</c> directives go through.</param>
internal sealed record CorpusOptions(string Namespace, bool IsPublic, string? ProjectDirectory, PathMapping PathMap)
{
    private const string Prefix = "build_property.";

    public static CorpusOptions Read(AnalyzerConfigOptions globalOptions)
    {
        string? explicitNamespace = Property(globalOptions, "VerbatimNamespace");
        string? rootNamespace = Property(globalOptions, "RootNamespace");
        string wanted = explicitNamespace ?? (rootNamespace is null ? "Corpus" : rootNamespace + ".Corpus");

        bool isPublic = string.Equals(Property(globalOptions, "VerbatimVisibility"), "public", System.StringComparison.OrdinalIgnoreCase);

        string? projectDirectory = Property(globalOptions, "ProjectDir") ?? Property(globalOptions, "MSBuildProjectDirectory");
        return new CorpusOptions(CSharpText.Namespace(wanted), isPublic, projectDirectory is null ? null : CorpusPaths.AsDirectory(projectDirectory),
            PathMapping.Parse(Property(globalOptions, "PathMap")));
    }

    /// <summary>The trimmed value of a build property, or null when it is missing or blank.</summary>
    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Prefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
