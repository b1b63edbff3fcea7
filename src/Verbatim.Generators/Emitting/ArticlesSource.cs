using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Verbatim.Articles.g.cs</c>: <c>Articles.All</c>, the article table (front matter and quote table
/// slice of each article), the lookup of an article's body in its slice's file, and the switch that
/// finds a slice of the quote table in its file. No body is read here, so an edit to an article's
/// text leaves this file as it is.
/// </summary>
internal static class ArticlesSource
{
    public const string HintName = "Verbatim.Articles.g.cs";

    public static SourceText Emit(EmitOptions options, ImmutableArray<ArticleRow> rows)
    {
        var ordered = ArticleOrder.Sort(rows, row => row.Id);
        int buckets = Slices.CountFor(ordered.Length);
        var writer = GeneratedFile.Begin(options, 4096 + (ordered.Length * 400));
        writer.EntryClass(options, "Articles", "The articles of the corpus: one member per article, and <see cref=\"All\"/>.", "Article",
                "Every article, ordered by id (ordinal).")
            .Line()
            .Open("internal static partial class VerbatimData");
        var table = writer.StartTable("ArticleTable", options.UseUtf8Literals).Int(ordered.Length).Int(buckets);
        foreach (var row in ordered)
        {
            // What a walk reads first; then the details, which the loader steps over and reads on first use.
            table.Int(Slices.Of(row.Id, buckets)).Text(row.Id).Text(row.Title);
            if (row.Published is { } date)
            {
                table.Int(date.Year).Int(date.Month).Int(date.Day);
            }
            else
            {
                table.Int(-1);
            }
            table.Text(row.Outlet).Text(row.Url).Texts(row.Authors).Text(row.SourcePath);
        }
        writer.EndTable(table)
            .Line();
        WriteBodyLookup(writer, options, ordered);
        writer.Line()
            .Open("private static " + IndentedWriter.TableType(options.UseUtf8Literals) + " QuoteTable(int bucket)")
            .Open("switch (bucket)");
        for (int i = 0; i < buckets; i++)
        {
            writer.Line("case " + i + ": return " + QuotesSource.TableMember(i) + ";");
        }
        writer.Line("default: return " + (options.UseUtf8Literals ? "default;" : "string.Empty;"))
            .Close()
            .Close()
            .Close();
        return GeneratedFile.End(writer);
    }

    /// <summary>
    /// <c>ArticleBody</c>, the one method that reads every body: each article's slice and its place
    /// among that slice's bodies are numbers of a fixed width, so the article's entry is found by its
    /// index; the body is the text at that place in the slice's body table (see <see cref="ArticleSliceSource"/>).
    /// A place depends on ids only, so an edit to an article's text leaves this file as it is.
    /// </summary>
    private static void WriteBodyLookup(IndentedWriter writer, EmitOptions options, ArticleRow[] ordered)
    {
        int count = ArticleSlice.CountFor(ordered.Length);
        int digits = System.Math.Max(ordered.Length, count).ToString(CultureInfo.InvariantCulture).Length;
        string width = "D" + digits.ToString(CultureInfo.InvariantCulture);
        var sizes = new int[count];
        writer.StartLine("private static " + IndentedWriter.TableType(options.UseUtf8Literals) + " BodyPlaceTable => \"");
        for (int i = 0; i < ordered.Length; i++)
        {
            int slice = Slices.Of(ordered[i].Id, count);
            writer.Append(slice.ToString(width, CultureInfo.InvariantCulture)).Append(",")
                .Append(sizes[slice]++.ToString(width, CultureInfo.InvariantCulture)).Append(",");
        }
        writer.EndLine(options.UseUtf8Literals ? "\"u8;" : "\";")
            .Line()
            .Open("internal static string ArticleBody(int index)")
            .Line("var places = new TableReader(BodyPlaceTable, index * " + (2 * (digits + 1)).ToString(CultureInfo.InvariantCulture) + ");")
            .Line("var bodies = new TableReader(BodyTable(places.ReadInt()), 0);")
            .Open("for (int before = places.ReadInt(); before > 0; before--)")
            .Line("bodies.SkipText();")
            .Close()
            .Line("return bodies.ReadText();")
            .Close()
            .Line()
            .Open("private static " + IndentedWriter.TableType(options.UseUtf8Literals) + " BodyTable(int slice)")
            .Open("switch (slice)");
        for (int slice = 0; slice < count; slice++)
        {
            if (sizes[slice] > 0)
            {
                writer.Line("case " + slice.ToString(CultureInfo.InvariantCulture) + ": return " + ArticleSliceSource.BodyTableMember(slice) + ";");
            }
        }
        writer.Line("default: return " + (options.UseUtf8Literals ? "default;" : "string.Empty;"))
            .Close()
            .Close();
    }
}
