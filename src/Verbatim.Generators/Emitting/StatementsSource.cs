using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Naming;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Verbatim.Statements.g.cs</c>: <c>Statements.All</c> and where the slices are; and
/// <c>Verbatim.Statements.NN.g.cs</c>: one slice's table and the members of its statements that have a quote id.
/// </summary>
internal static class StatementsSource
{
    private static string TableMember(int slice) => "StatementTable" + slice.ToString(CultureInfo.InvariantCulture);

    private static string Graph(EmitOptions options) => "global::" + options.Corpus.Namespace + ".VerbatimData.StatementGraph";

    public static SourceText Emit(EmitOptions options, int slices)
    {
        var writer = GeneratedFile.Begin(options, 1024 + (slices * 48));
        writer.Summary("The statements of the corpus: the same words quoted by two or more articles, linked at compile time (one member per statement that has a quote id, and <see cref=\"All\"/>).")
            .Open(options.Visibility + " static partial class " + GeneratedApiNames.Statements)
            .Summary("Every statement, in the corpus order of its first quote.")
            .Line("public static global::System.Collections.Generic.IReadOnlyList<Statement> " + GeneratedApiNames.All + " => " + Graph(options) + ".All;")
            .Close()
            .Line()
            .Open("internal static partial class VerbatimData")
            .Line("private const int StatementSliceCount = " + slices.ToString(CultureInfo.InvariantCulture) + ";")
            .Line()
            .Open("private static " + IndentedWriter.TableType(options.UseUtf8Literals) + " StatementTable(int slice)")
            .Open("switch (slice)");
        for (int i = 0; i < slices; i++)
        {
            writer.Line("case " + i.ToString(CultureInfo.InvariantCulture) + ": return " + TableMember(i) + ";");
        }
        writer.Line("default: return " + (options.UseUtf8Literals ? "default;" : "string.Empty;"))
            .Close()
            .Close()
            .Close();
        return GeneratedFile.End(writer);
    }

    public static SourceText EmitSlice(EmitOptions options, StatementSlice slice)
    {
        var writer = GeneratedFile.Begin(options, 1024 + (slice.Statements.Count * 256));
        writer.Open(options.Visibility + " static partial class " + GeneratedApiNames.Statements);
        bool first = true;
        foreach (var statement in slice.Statements)
        {
            if (statement.MemberName is not { } memberName)
            {
                continue;
            }
            if (!first)
            {
                writer.Line();
            }
            first = false;
            writer.Summary(statement.Summary)
                .Line("public static " + CSharpText.HidingModifier(memberName) + "Statement " + CSharpText.Identifier(memberName)
                    + " => " + Graph(options) + ".WithId(" + CSharpText.StringLiteral(statement.Id) + ");");
        }
        writer.Close()
            .Line()
            .Open("internal static partial class VerbatimData");
        // Per statement: id, text, then its wordings, each a text and its quotes (article id, place among the article's quotes).
        var table = writer.StartTable(TableMember(slice.Index), options.UseUtf8Literals).Int(slice.Statements.Count);
        foreach (var statement in slice.Statements)
        {
            table.Text(statement.Id).Text(statement.Text).Int(statement.Wordings.Count);
            foreach (var wording in statement.Wordings)
            {
                table.Text(wording.Text).Int(wording.Quotes.Count);
                foreach (var quote in wording.Quotes)
                {
                    table.Text(quote.ArticleId).Int(quote.Index);
                }
            }
        }
        writer.EndTable(table).Close();
        return GeneratedFile.End(writer);
    }
}
