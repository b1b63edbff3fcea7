namespace Verbatim.Generators.Options;

/// <summary>
/// Paths as the generated code shows them: <c>/</c> separators whatever the host, so the output
/// does not depend on the machine that built it.
/// </summary>
internal static class CorpusPaths
{
    public static string Normalize(string path) => path.Replace('\\', '/');

    public static string AsDirectory(string path)
    {
        string normalized = Normalize(path);
        return normalized.EndsWith("/", System.StringComparison.Ordinal) ? normalized : normalized + "/";
    }

    /// <summary><paramref name="path"/> relative to <paramref name="directory"/> when it lies under it; else normalized as it is.</summary>
    public static string RelativeTo(string path, string? directory)
    {
        string normalized = Normalize(path);
        // Ignoring case: MSBuild and the compiler may spell a Windows drive or folder differently.
        return directory is not null && normalized.Length > directory.Length
            && normalized.StartsWith(directory, System.StringComparison.OrdinalIgnoreCase)
            ? normalized.Substring(directory.Length)
            : normalized;
    }
}
