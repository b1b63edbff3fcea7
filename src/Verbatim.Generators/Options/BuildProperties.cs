using Microsoft.CodeAnalysis.Diagnostics;

namespace Verbatim.Generators.Options;

/// <summary>
/// The MSBuild properties the compiler passes on (the package's <c>CompilerVisibleProperty</c> items). The
/// generator and the analyzer read the project folder here, so messages name files as <c>Article.SourcePath</c> does.
/// </summary>
internal static class BuildProperties
{
    private const string Prefix = "build_property.";

    /// <summary>The trimmed value of a build property, or null when it is missing or blank.</summary>
    public static string? Read(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Prefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The project folder with <c>/</c> separators and a trailing <c>/</c>, or null when the build does not say.</summary>
    public static string? ProjectDirectory(AnalyzerConfigOptions options) =>
        (Read(options, "ProjectDir") ?? Read(options, "MSBuildProjectDirectory")) is { } directory ? CorpusPaths.AsDirectory(directory) : null;
}
