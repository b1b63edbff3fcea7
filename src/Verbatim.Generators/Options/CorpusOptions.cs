using Microsoft.CodeAnalysis.Diagnostics;
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
    public static CorpusOptions Read(AnalyzerConfigOptions globalOptions)
    {
        string? explicitNamespace = BuildProperties.Read(globalOptions, "VerbatimNamespace");
        string? rootNamespace = BuildProperties.Read(globalOptions, "RootNamespace");
        string wanted = explicitNamespace ?? (rootNamespace is null ? "Corpus" : rootNamespace + ".Corpus");

        bool isPublic = string.Equals(BuildProperties.Read(globalOptions, "VerbatimVisibility"), "public", System.StringComparison.OrdinalIgnoreCase);

        return new CorpusOptions(CSharpText.Namespace(wanted), isPublic, BuildProperties.ProjectDirectory(globalOptions),
            PathMapping.Parse(BuildProperties.Read(globalOptions, "PathMap")));
    }
}
