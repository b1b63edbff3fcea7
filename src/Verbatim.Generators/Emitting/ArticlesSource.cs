using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Verbatim.Articles.g.cs</c>: <c>Articles.All</c>, the article table (front matter and quote table
/// slice of each article), and the switches that find an article's body in that article's own file
/// and a slice of the quote table in its file. No body is read here, so an
/// edit to an article's text leaves this file as it is.
/// </summary>
internal static class ArticlesSource
{
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
            .Line()
            .Open("internal static string ArticleBody(int index)")
            .Open("switch (index)");
        for (int i = 0; i < ordered.Length; i++)
        {
            writer.Line("case " + i + ": return " + ArticleSource.BodyMember(ordered[i]) + ";");
        }
        writer.Line("default: return string.Empty;")
            .Close()
            .Close()
            .Line()
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
}
