using System.IO;

namespace Verbatim.Cli.Infrastructure;

/// <summary>Paths as the tool prints and writes them: relative to the corpus folder, with <c>/</c> on every system.</summary>
internal static class RelativePath
{
    public static string Of(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');
}
