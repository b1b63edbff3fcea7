using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Verbatim.Generators.Emitting;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>Whatever a corpus holds, the C# text made from it means exactly that text and hides nothing.</summary>
public sealed class CSharpTextTests
{
    /// <summary>Every UTF-16 code unit once, so lone surrogates, controls and separators all take part.</summary>
    private static readonly string EveryCodeUnit = new(Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray());

    [Fact]
    public void A_string_literal_holds_every_code_unit_exactly()
    {
        string literal = CSharpText.StringLiteral(EveryCodeUnit);

        var expression = SyntaxFactory.ParseExpression(literal).ShouldBeOfType<LiteralExpressionSyntax>();
        expression.GetDiagnostics().ShouldBeEmpty();
        expression.Token.ValueText.ShouldBe(EveryCodeUnit);
    }

    [Fact]
    public void A_string_literal_shows_no_invisible_or_line_breaking_character()
    {
        string literal = CSharpText.StringLiteral(EveryCodeUnit);

        for (int i = 0; i < literal.Length; i++)
        {
            char c = literal[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            category.ShouldNotBeOneOf(UnicodeCategory.Control, UnicodeCategory.Format, UnicodeCategory.LineSeparator, UnicodeCategory.ParagraphSeparator);
            if (char.IsSurrogate(c))
            {
                char.IsSurrogatePair(literal, char.IsHighSurrogate(c) ? i : i - 1).ShouldBeTrue();
            }
        }
    }

    [Theory]
    [InlineData("plain", true)]
    [InlineData("emoji 😀 pair", true)]
    [InlineData("lone {0} surrogate", false)]
    public void Text_takes_a_u8_literal_unless_UTF8_cannot_hold_it(string format, bool expectUtf8)
    {
        // Built here: a lone surrogate does not survive as test case data.
        string text = string.Format(CultureInfo.InvariantCulture, format, '\uD800');
        var escaped = CSharpText.Escape(text);
        var (open, close) = CSharpText.TextExpressionDelimiters(escaped, useUtf8: true);
        string expression = open + new EscapedPart(escaped) + close;

        expression.EndsWith("u8)", System.StringComparison.Ordinal).ShouldBe(expectUtf8);
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, $"static class C {{ static string S => {expression}; }}");
        compilation.GetDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Escape_finds_every_character_that_has_an_escape_however_long_the_text()
    {
        // Every code unit (thousands of escapes, past any buffer's first size), and plain runs of every
        // length around the widths the scan takes at once, with the escape at each place.
        var texts = new List<string> { EveryCodeUnit, new string('a', 1000) };
        for (int length = 1; length <= 70; length++)
        {
            for (int at = 0; at < length; at++)
            {
                texts.Add(new string('a', at) + "\"" + new string('b', length - at - 1));
            }
        }
        foreach (string text in texts)
        {
            var expected = Enumerable.Range(0, text.Length).Where(i => CSharpText.EscapeAt(text, i) is not null);
            CSharpText.Escape(text).EscapedAt.ShouldBe(expected, text.Length < 100 ? text : "every code unit");
        }
    }

    [Theory]
    [InlineData("Zoë said “so”", "Zoë said “so”")]
    [InlineData(" a", "a")]
    [InlineData("a ", "a")]
    [InlineData("a  b", "a b")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\u200Bb", "a b")]
    [InlineData("a&b<c>", "a&amp;b&lt;c&gt;")]
    [InlineData("", "")]
    public void Doc_text_collapses_white_space_and_escapes_markup(string value, string expected) =>
        CSharpText.DocText(value).ShouldBe(expected);

    [Fact]
    public void Doc_text_stays_inside_its_comment_and_is_valid_xml()
    {
        string doc = CSharpText.DocText("</summary> */ #line 1\n#pragma warning disable\r\n" + EveryCodeUnit);

        doc.ShouldNotContain("<");
        doc.Any(c => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085').ShouldBeFalse();
        string source = "/// <summary>" + doc + "</summary>\npublic class C { }\n";
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, source);
        compilation.GetDiagnostics().ShouldBeEmpty();
        compilation.SyntaxTrees.Single().GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single().Identifier.Text.ShouldBe("C");
    }

    [Fact]
    public void Short_doc_text_cuts_at_a_word_and_never_inside_an_escape()
    {
        CSharpText.ShortDocText("one two three", 100).ShouldBe("one two three");
        CSharpText.ShortDocText("one two three", 9).ShouldBe("one two…");
        CSharpText.ShortDocText("a&&&", 6).ShouldBe("a&amp;…");
        CSharpText.ShortDocText("a&&&", 4).ShouldBe("a…");
    }

    [Theory]
    [InlineData("Tillerson", "Tillerson")]
    [InlineData("class", "@class")]
    [InlineData("_2017", "_2017")]
    [InlineData("2017", "_2017")]
    [InlineData("a-b", "a_b")]
    public void Identifiers_are_always_valid(string name, string expected)
    {
        CSharpText.Identifier(name).ShouldBe(expected);
    }

    [Theory]
    [InlineData("My.App.Corpus", "My.App.Corpus")]
    [InlineData(" My . App ", "My.App")]
    [InlineData("My-App.class", "My_App.@class")]
    [InlineData("..", "Corpus")]
    public void Namespaces_are_always_valid(string name, string expected)
    {
        CSharpText.Namespace(name).ShouldBe(expected);
    }

    [Fact]
    public void The_writer_indents_blocks_and_ends_lines_with_LF()
    {
        string text = new IndentedWriter(capacity: 16).Open("class C").Block("int A;\r\nint B;").Close().ToString();

        text.ShouldBe("class C\n{\n    int A;\n    int B;\n}\n");
    }

    [Fact]
    public void A_string_table_counts_UTF16_code_units_and_holds_its_texts_escaped()
    {
        Table(isUtf8: false, table => table.Int(3).Int(-1).Text(null).Text("a,\"b").Texts(new[] { "é😀", "" }))
            .ShouldBe("private static string T => \"3,-1,-1,4,a,\\\"b2,3,é😀0,\";\n");
    }

    [Fact]
    public void A_u8_table_counts_UTF8_bytes_and_writes_a_lone_surrogate_as_code_units()
    {
        string lone = "a" + '\uD800';
        Table(isUtf8: true, table => table.Text("é😀").Text(lone).Text("\u202E"))
            .ShouldBe("private static global::System.ReadOnlySpan<byte> T => \"6,é😀-4,97,55296,3,\\u202E\"u8;\n");
    }

    private static string Table(bool isUtf8, System.Action<DataTableWriter> write)
    {
        var writer = new IndentedWriter(capacity: 64);
        var table = writer.StartTable("T", isUtf8);
        write(table);
        return writer.EndTable(table).ToString();
    }
}
