using System.Collections.Generic;
using System.Text;
using Verbatim.Generators.Model;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// Writes C# source line by line with four-space indentation and <c>\n</c> line ends, whatever the host.
/// A line may also be written in parts (<see cref="StartLine"/>, <see cref="Append(string)"/>,
/// <see cref="EndLine"/>): data tables go straight into the file's text, and an escaped body is kept
/// by reference (<see cref="AppendTextExpression"/>), not copied.
/// </summary>
internal sealed class IndentedWriter
{
    /// <summary>What is written before <see cref="_text"/>: finished builders and kept texts, in order.</summary>
    private readonly List<object> _parts = new();
    private StringBuilder _text;
    private int _depth;

    /// <param name="capacity">About how many characters the file will have, so the text grows once or never.</param>
    public IndentedWriter(int capacity) => _text = new StringBuilder(capacity);

    public IndentedWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            StartLine(line);
        }
        return EndLine();
    }

    /// <summary>Starts a line: the indentation, then <paramref name="text"/>.</summary>
    public IndentedWriter StartLine(string text)
    {
        _text.Append(' ', _depth * 4).Append(text);
        return this;
    }

    /// <summary>How many characters of indentation the next line starts with.</summary>
    public int Indentation => _depth * 4;

    /// <summary>A preprocessor directive, at the start of its line whatever the indentation.</summary>
    public IndentedWriter Directive(string directive)
    {
        _text.Append(directive).Append('\n');
        return this;
    }

    /// <summary>Continues the line started by <see cref="StartLine"/>.</summary>
    public IndentedWriter Append(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>
    /// Continues the line with an expression of type <c>string</c> whose value is the escaped <paramref name="text"/>
    /// (see <see cref="CSharpText.TextExpressionDelimiters"/>). The text is kept by reference, not copied.
    /// </summary>
    public IndentedWriter AppendTextExpression(EscapedText text, bool useUtf8)
    {
        var (open, close) = CSharpText.TextExpressionDelimiters(text, useUtf8);
        _text.Append(open);
        Keep(text);
        _text.Append(close);
        return this;
    }

    /// <summary>
    /// Continues <paramref name="table"/> with <paramref name="text"/> as one of its texts, kept by
    /// reference and escaped as the compiler reads it (an article's body), not copied; returns the
    /// writer of the rest of the table. A text a <c>u8</c> table cannot hold (a lone surrogate) is
    /// written as the table writes it, as code units.
    /// </summary>
    public DataTableWriter KeptText(DataTableWriter table, EscapedText text)
    {
        if (table.IsUtf8 && !text.FitsUtf8)
        {
            return table.Text(text.Text);
        }
        table.Int(table.IsUtf8 ? Encoding.UTF8.GetByteCount(text.Text) : text.Text.Length);
        Keep(text);
        return new DataTableWriter(_text, table.IsUtf8);
    }

    /// <summary>Ends the builder written so far, keeps <paramref name="text"/> after it by reference, and starts a new builder.</summary>
    private void Keep(EscapedText text)
    {
        _parts.Add(_text);
        _parts.Add(new EscapedPart(text));
        _text = new StringBuilder(256);
    }

    /// <summary>
    /// Starts the line of a data table: a property <paramref name="name"/> whose value is a literal,
    /// a <c>u8</c> one when <paramref name="isUtf8"/>. Write the table, then <see cref="EndTable"/>.
    /// </summary>
    public DataTableWriter StartTable(string name, bool isUtf8)
    {
        StartLine("private static " + TableType(isUtf8) + " " + name + " => \"");
        return new DataTableWriter(_text, isUtf8);
    }

    /// <summary>Marks the method whose header follows to be compiled optimized at once, where the target allows it (<see cref="ModelSource.AggressiveOptimization"/>).</summary>
    public IndentedWriter Hot(Verbatim.Generators.Options.EmitOptions options) =>
        options.OptimizeLoader ? Line(ModelSource.AggressiveOptimization) : this;

    /// <summary>
    /// Starts a slice's table: a method <paramref name="name"/><c>()</c>, one of many that one switch of the
    /// loader reads, marked to be inlined there. Compiled optimized, that switch takes in every slice's
    /// literal, so reading every slice compiles one method rather than one per slice.
    /// </summary>
    public DataTableWriter StartSliceTable(string name, bool isUtf8)
    {
        Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        StartLine("private static " + TableType(isUtf8) + " " + name + "() => \"");
        return new DataTableWriter(_text, isUtf8);
    }

    public IndentedWriter EndTable(DataTableWriter table) => EndLine(table.IsUtf8 ? "\"u8;" : "\";");

    /// <summary>The type of a data table: UTF-8 bytes where <c>u8</c> literals can be used, else a string.</summary>
    public static string TableType(bool isUtf8) => isUtf8 ? "global::System.ReadOnlySpan<byte>" : "string";

    /// <summary>Ends the line started by <see cref="StartLine"/>, after <paramref name="text"/>.</summary>
    public IndentedWriter EndLine(string text = "")
    {
        _text.Append(text).Append('\n');
        return this;
    }

    /// <summary>Writes each line of a multi-line block (written at indentation zero) at the current indentation.</summary>
    public IndentedWriter Block(string lines)
    {
        foreach (string line in lines.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            Line(line);
        }
        return this;
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> line; <paramref name="xml"/> is doc XML already (see <see cref="CSharpText.DocText"/>).</summary>
    public IndentedWriter Summary(string xml) => StartLine("/// <summary>").Append(xml).EndLine("</summary>");

    public IndentedWriter Open(string header) => Line(header).Line("{").Indent();

    /// <summary>Indents the lines that follow one step more, up to the matching <see cref="Close"/>.</summary>
    public IndentedWriter Indent()
    {
        _depth++;
        return this;
    }

    public IndentedWriter Close()
    {
        _depth--;
        return Line("}");
    }

    public override string ToString() => string.Concat(_parts) + _text;

    /// <summary>The text written, for the compiler, without a copy (see <see cref="WrittenText"/>); write nothing more after.</summary>
    public Microsoft.CodeAnalysis.Text.SourceText ToSourceText() => new WrittenText(new List<object>(_parts) { _text });
}
