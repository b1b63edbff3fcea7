using System.Globalization;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// Maps a generated declaration to its place in the corpus file with a <c>#line</c> directive, so
/// the compiler, the PDB and every tool that asks for a mapped location (<c>GetMappedLineSpan</c>)
/// see the corpus file: Go to Definition in a language server that honours <c>#line</c> opens it.
/// Only the declaration's line is mapped and <c>#line default</c> follows it: bodies keep their
/// place in the generated file, so stepping through them and any message about them stay there.
/// </summary>
internal static class LineMapping
{
    /// <summary>The largest line a directive may name (CS8938, CS1687 past it): a member on a later line stays unmapped.</summary>
    private const int MaxLine = 0xFEEFED;

    /// <summary>The largest column a directive may name: past it, a member maps to its line only.</summary>
    private const int MaxColumn = 0x10000;

    /// <summary>
    /// Writes the line <paramref name="beforeName"/> + <paramref name="name"/> + <paramref name="afterName"/>
    /// with <paramref name="name"/> mapped to the start of <paramref name="place"/>: with C# 10 and later
    /// to its line and column (<c>#line (l,c)-(l,c) offset "file"</c>), before that (or past the largest column
    /// a directive may name) to its line only.
    /// A path a directive cannot spell safely (see <see cref="CanSpell"/>) leaves the line unmapped.
    /// </summary>
    public static IndentedWriter MappedLine(this IndentedWriter writer, EmitOptions options, CorpusPlace place, string beforeName, string name, string afterName = "") =>
        writer.MappedLine(options, DirectivePath(options, place.Path), place.Range, beforeName, name, afterName);

    /// <summary>
    /// The same, for a place in a file whose <see cref="DirectivePath"/> is known: an article's quotes
    /// share their file's, so it is mapped and checked once per article, not once per quote.
    /// </summary>
    public static IndentedWriter MappedLine(this IndentedWriter writer, EmitOptions options, string? path, CorpusRange range, string beforeName, string name, string afterName = "")
    {
        if (path is null || range.EndLine > MaxLine)
        {
            return writer.Line(beforeName + name + afterName);
        }
        int offset = writer.Indentation + beforeName.Length + 1;
        string directive = options.UseLineSpans && range.EndColumn <= MaxColumn && offset <= MaxColumn
            ? "#line (" + Number(range.StartLine) + "," + Number(range.StartColumn) + ")-(" + Number(range.EndLine) + "," + Number(range.EndColumn) + ") "
                + Number(offset) + " \"" + path + "\""
            : "#line " + Number(range.StartLine) + " \"" + path + "\"";
        return writer.Directive(directive)
            .Line(beforeName + name + afterName)
            .Directive("#line default");
    }

    /// <summary>The path of the corpus file at <paramref name="corpusPath"/> as a directive names it (through <c>PathMap</c>), or null when a directive cannot spell it.</summary>
    public static string? DirectivePath(EmitOptions options, string corpusPath)
    {
        string path = options.Corpus.PathMap.Map(corpusPath);
        return CanSpell(path) ? path : null;
    }

    /// <summary>
    /// A directive's file name is everything between two <c>"</c>, with no escapes, on one line; and, like
    /// all corpus text here, it must not hide code behind control, invisible or bidirectional characters.
    /// </summary>
    private static bool CanSpell(string path)
    {
        foreach (char c in path)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (c == '"' || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return false;
            }
        }
        return path.Length > 0 && !CSharpText.HasLoneSurrogate(path);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
