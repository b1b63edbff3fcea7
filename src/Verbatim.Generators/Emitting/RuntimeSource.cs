using System.IO;
using System.Reflection;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// The generated code that is the same for every corpus and every option, written as real C# files in
/// <c>Emitting/Runtime/</c> and embedded in this assembly (see the project file), so they read as code
/// where they are written. Read once, emitted as is, with two documented changes: the leading
/// <c>//</c> comment, which says where a file goes, is dropped; and <see cref="WithVisibility"/> gives a
/// top-level <c>public</c> type the generated API's visibility.
/// </summary>
internal static class RuntimeSource
{
    /// <summary><c>ArticleDetails</c> and <c>SpeakerDetails</c>: what the article and speaker tables hold that a walk does not read.</summary>
    public static readonly string TableDetails = Read("TableDetails.cs");

    /// <summary><c>Statement</c> and <c>StatementWording</c>, declared <c>public</c>.</summary>
    public static readonly string StatementTypes = Read("StatementTypes.cs");

    /// <summary>The reader of the statement tables.</summary>
    public static readonly string StatementSet = Read("StatementSet.cs");

    /// <summary><paramref name="text"/> with each top-level <c>public</c> type declared <paramref name="visibility"/>.</summary>
    public static string WithVisibility(string text, string visibility) =>
        visibility == "public" ? text : text.Replace("\npublic ", "\n" + visibility + " ");

    private static string Read(string fileName)
    {
        using var stream = typeof(RuntimeSource).GetTypeInfo().Assembly.GetManifestResourceStream("Verbatim.Generators.Runtime." + fileName);
        using var reader = new StreamReader(stream!);
        string text = reader.ReadToEnd().Replace("\r\n", "\n");
        // The comment that says where the file goes (not a doc comment) ends at the first empty line.
        return text.StartsWith("// ", System.StringComparison.Ordinal) ? text.Substring(text.IndexOf("\n\n", System.StringComparison.Ordinal) + 2) : text;
    }
}
