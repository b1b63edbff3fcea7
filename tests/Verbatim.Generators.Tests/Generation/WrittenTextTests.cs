using System.Linq;
using Verbatim.Generators.Emitting;
using Verbatim.Generators.Model;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>The text handed to the compiler in parts (builders and kept texts) reads as the one string it stands for.</summary>
public sealed class WrittenTextTests
{
    [Fact]
    public void Every_character_and_every_block_reads_as_the_whole_text()
    {
        var writer = new IndentedWriter(capacity: 8)
            .StartLine("string S => ")
            .AppendTextExpression(CSharpText.Escape("kept \"body\" text"), useUtf8: true)
            .EndLine(";")
            .Line("// after");
        string expected = writer.ToString();
        var text = writer.ToSourceText();

        expected.ShouldBe("string S => global::System.Text.Encoding.UTF8.GetString(\"kept \\\"body\\\" text\"u8);\n// after\n");
        text.Length.ShouldBe(expected.Length);
        text.ToString().ShouldBe(expected);
        Enumerable.Range(0, expected.Length).Select(i => text[i]).ShouldBe(expected);
        // Every window, as the compiler's reader asks for them, across the parts' seams.
        for (int start = 0; start < expected.Length; start++)
        {
            for (int count = 0; start + count <= expected.Length; count += 7)
            {
                var block = new char[count + 2];
                text.CopyTo(start, block, 1, count);
                new string(block, 1, count).ShouldBe(expected.Substring(start, count));
            }
        }
    }

    [Fact]
    public void A_table_of_many_kept_texts_empty_ones_included_reads_as_the_whole_text()
    {
        var writer = new IndentedWriter(capacity: 8);
        var table = writer.StartTable("Bodies", isUtf8: true);
        foreach (string body in new[] { "one", "", "two \"2\"", "", "", "three\n", "a lone " + '\uD800' })
        {
            table = writer.KeptText(table, CSharpText.Escape(body));
        }
        writer.EndTable(table).Line("// after");
        string expected = writer.ToString();
        var text = writer.ToSourceText();

        // Each text is its length in UTF-8 bytes then its escaped characters; the lone surrogate is code units.
        expected.ShouldContain("=> \"3,one0,7,two \\\"2\\\"0,0,6,three\\n-10,97,32,108,111,110,101,32,55296,\"u8;\n// after\n");
        text.Length.ShouldBe(expected.Length);
        Enumerable.Range(0, expected.Length).Select(i => text[i]).ShouldBe(expected);
        for (int start = 0; start < expected.Length; start++)
        {
            var block = new char[expected.Length - start];
            text.CopyTo(start, block, 0, block.Length);
            new string(block).ShouldBe(expected.Substring(start));
        }
    }

    [Fact]
    public void A_text_UTF8_cannot_hold_is_a_string_literal()
    {
        var escaped = CSharpText.Escape("a" + '\uD800');

        escaped.FitsUtf8.ShouldBeFalse();
        new EscapedPart(escaped).ToString().ShouldBe("a\\uD800");
        CSharpText.TextExpressionDelimiters(escaped, useUtf8: true).ShouldBe(("\"", "\""));
    }

    [Fact]
    public void An_escaped_part_reads_as_the_escaped_literal_in_every_window()
    {
        string text = "\"quoted\"\nline\r\n\ttab \\ back \u202E bidi \0 end" + '\uD800' + "😀\n";
        string expected = CSharpText.AppendEscaped(new System.Text.StringBuilder(), text).ToString();
        var part = new EscapedPart(CSharpText.Escape(text));

        part.Length.ShouldBe(expected.Length);
        part.ToString().ShouldBe(expected);
        Enumerable.Range(0, expected.Length).Select(i => part[i]).ShouldBe(expected);
        for (int start = 0; start <= expected.Length; start++)
        {
            for (int count = 0; start + count <= expected.Length; count++)
            {
                var block = new char[count];
                part.CopyTo(start, block, 0, count);
                new string(block).ShouldBe(expected.Substring(start, count));
            }
        }
    }
}
