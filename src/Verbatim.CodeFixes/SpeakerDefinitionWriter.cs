using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Drafting;

namespace Verbatim.CodeFixes;

/// <summary>
/// Writes a speaker definition into a registry or an article's front matter, in the file's own
/// line endings: a placeholder (<c>id:</c> / <c>name: id</c>, a valid entry that reads as one to
/// complete), or the name and role a text gives.
/// </summary>
internal static class SpeakerDefinitionWriter
{
    private const string FrontMatterFence = "---";
    private const string SpeakersKey = "speakers:";
    private const int DefaultIndent = 2;

    /// <summary><paramref name="registry"/> with the entry appended at the end.</summary>
    public static SourceText AppendToRegistry(SourceText registry, string id)
    {
        string newLine = NewLineOf(registry);
        bool endsWithLineBreak = registry.Length == 0 || registry.Lines[registry.Lines.Count - 1].Span.IsEmpty;
        string entry = (endsWithLineBreak ? "" : newLine) + Entry(id, indent: 0, newLine);
        return registry.WithChanges(new TextChange(new TextSpan(registry.Length, 0), entry));
    }

    /// <summary>
    /// <paramref name="article"/> with the entry added to its front matter's <c>speakers:</c>
    /// mapping (the key created when missing), or null when the article has no front matter or its
    /// <c>speakers:</c> is written in a way this does not edit (a flow mapping over several lines).
    /// </summary>
    public static SourceText? AddToFrontMatter(SourceText article, string id) => AddToFrontMatter(article, id, name: null, role: null);

    /// <summary>As <see cref="AddToFrontMatter(SourceText, string)"/>, with the speaker's <paramref name="name"/> and <paramref name="role"/> (the id when the name is null).</summary>
    public static SourceText? AddToFrontMatter(SourceText article, string id, string? name, string? role)
    {
        var fields = new Fields(id, name, role);
        var lines = article.Lines;
        if (lines.Count < 2 || lines[0].ToString().TrimEnd() != FrontMatterFence)
        {
            return null;
        }
        int closing = Enumerable.Range(1, lines.Count - 1).FirstOrDefault(i => lines[i].ToString().TrimEnd() == FrontMatterFence);
        if (closing == 0)
        {
            return null;
        }
        string newLine = NewLineOf(article);
        int key = Enumerable.Range(1, closing - 1).FirstOrDefault(i => lines[i].ToString().StartsWith(SpeakersKey, System.StringComparison.Ordinal));
        if (key == 0)
        {
            return Insert(article, lines[closing].Start, SpeakersKey + newLine + Entry(fields, DefaultIndent, newLine));
        }

        string value = lines[key].ToString().Substring(SpeakersKey.Length).Trim();
        if (value.Length == 0 || value.StartsWith("#", System.StringComparison.Ordinal))
        {
            return AddToBlockMapping(article, key, closing, fields, newLine);
        }
        if (value == "{}")
        {
            return article.Replace(lines[key].Span, SpeakersKey + newLine + Entry(fields, DefaultIndent, newLine).TrimEnd('\r', '\n'));
        }
        if (value.StartsWith("{", System.StringComparison.Ordinal) && value.EndsWith("}", System.StringComparison.Ordinal))
        {
            string line = lines[key].ToString();
            int lastEntryEnd = line.Substring(0, line.LastIndexOf('}')).TrimEnd().Length;
            return Insert(article, lines[key].Start + lastEntryEnd, $", {Scalar(id)}: {{ {fields.Flow()} }}");
        }
        return null;
    }

    /// <summary>After the last entry of the block under line <paramref name="key"/>, indented like the entries.</summary>
    private static SourceText AddToBlockMapping(SourceText article, int key, int closing, Fields fields, string newLine)
    {
        var lines = article.Lines;
        int? indent = null;
        int insertAfter = key;
        for (int i = key + 1; i < closing; i++)
        {
            string line = lines[i].ToString();
            string trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith("#", System.StringComparison.Ordinal))
            {
                continue;
            }
            int lineIndent = line.Length - trimmed.Length;
            if (lineIndent == 0)
            {
                break;
            }
            indent ??= lineIndent;
            insertAfter = i;
        }
        return Insert(article, lines[insertAfter].EndIncludingLineBreak, Entry(fields, indent ?? DefaultIndent, newLine));
    }

    private static string Entry(string id, int indent, string newLine) => Entry(new Fields(id, null, null), indent, newLine);

    private static string Entry(Fields fields, int indent, string newLine)
    {
        string pad = new(' ', indent);
        string entry = $"{pad}{Scalar(fields.Id)}:{newLine}{pad}  name: {fields.Name}{newLine}";
        return fields.Role is null ? entry : entry + $"{pad}  role: {fields.Role}{newLine}";
    }

    /// <summary>The fields as YAML scalars: a given name or role quoted, so any text reads back as written; the placeholder name is the id.</summary>
    private sealed class Fields
    {
        public Fields(string id, string? name, string? role)
        {
            Id = id;
            Name = name is null ? Scalar(id) : YamlScalar.Quoted(name);
            Role = role is null ? null : YamlScalar.Quoted(role);
        }

        public string Id { get; }

        public string Name { get; }

        public string? Role { get; }

        public string Flow() => Role is null ? $"name: {Name}" : $"name: {Name}, role: {Role}";
    }

    /// <summary>The id as a YAML scalar: quoted where plain YAML would read it as null rather than text.</summary>
    private static string Scalar(string id) =>
        string.Equals(id, "null", System.StringComparison.OrdinalIgnoreCase) ? $"'{id}'" : id;

    private static SourceText Insert(SourceText text, int position, string insertion) =>
        text.WithChanges(new TextChange(new TextSpan(position, 0), insertion));

    /// <summary>The file's first line break, so an edit keeps its line endings; LF for a file with none.</summary>
    private static string NewLineOf(SourceText text)
    {
        var broken = text.Lines.FirstOrDefault(line => line.EndIncludingLineBreak > line.End);
        return broken.EndIncludingLineBreak > broken.End
            ? text.ToString(TextSpan.FromBounds(broken.End, broken.EndIncludingLineBreak))
            : "\n";
    }
}
