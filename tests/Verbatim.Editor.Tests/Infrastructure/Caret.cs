using Microsoft.CodeAnalysis;

namespace Verbatim.Editor.Tests.Infrastructure;

/// <summary>A C# file added to a project in memory, with the caret where <c>$$</c> is written.</summary>
internal static class Caret
{
    private const string Marker = "$$";

    public static (Document Document, int Position) In(Project project, string code)
    {
        int position = code.IndexOf(Marker, StringComparison.Ordinal);
        position.ShouldBeGreaterThanOrEqualTo(0);
        var document = project.AddDocument("Probe.cs", code.Remove(position, Marker.Length), filePath: Path.Combine(Path.GetDirectoryName(project.FilePath)!, "Probe.cs"));
        return (document, position);
    }

    /// <summary>The 1-based line and column of the first <paramref name="text"/> in a corpus file, as an editor shows it.</summary>
    public static (int Line, int Column) Of(string file, string text)
    {
        string[] lines = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }
        throw new ShouldAssertException($"'{text}' is not in {file}");
    }
}
