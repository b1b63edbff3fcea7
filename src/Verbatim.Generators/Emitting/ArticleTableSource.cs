using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Naming;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Verbatim.Articles.g.cs</c>: <c>Articles.All</c>, the article table (front matter and quote table
/// slice of each article), the lookup of an article's body in its slice's file (see <see cref="ArticleBodySource"/>),
/// and the switch that finds a slice of the quote table in its file. No body is read here, so an
/// edit to an article's text leaves this file as it is.
/// </summary>
internal static class ArticleTableSource
{
    public static SourceText Emit(EmitOptions options, ImmutableArray<ArticleRow> rows)
    {
        var ordered = ArticleOrder.Sort(rows, row => row.Id);
        int slices = Slices.CountFor(ordered.Length);
        var writer = GeneratedFile.Begin(options, 4096 + (ordered.Length * 400));
        writer.EntryClass(options, GeneratedApiNames.Articles, "The articles of the corpus: one member per article, and <see cref=\"All\"/>.", "Article",
                "Every article, ordered by id (ordinal).")
            .Line()
            .Open("internal static partial class VerbatimData");
        var table = writer.StartTable("ArticleTable", options.UseUtf8Literals).Int(ordered.Length).Int(slices);
        foreach (var row in ordered)
        {
            // What a walk reads first; then the details, which the loader steps over and reads on first use.
            table.Int(Slices.Of(row.Id, slices)).Text(row.Id).Text(row.Title);
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
        writer.EndTable(table).Line();
        ArticleBodySource.WriteLookup(writer, options, ordered);
        writer.Line();
        SliceSwitch.Write(writer, options, "QuoteTable", slices, QuotesSource.TableMember);
        writer.Close();
        return GeneratedFile.End(writer);
    }

    // The loader's reading of the table above (ModelSource.Loader.cs places it): each must match the row written in Emit.

    /// <summary>The loader's walk of the article table: each article's row as <see cref="Emit"/> writes it, joined to its part of its quote table slice.</summary>
    public const string Walk = """
                internal Graph()
                {
                    var speakers = ReadSpeakers();

                    var articleTable = new TableReader(ArticleTable, 0);
                    var articles = new Article[articleTable.ReadInt()];

                    // Each quote table slice is read front to back as its articles come.
                    var quotePositions = new int[articleTable.ReadInt()];

                    for (int a = 0; a < articles.Length; a++)
                    {
                        int slice = articleTable.ReadInt();
                        var article = new Article(a, slice, articleTable.ReadText(), articleTable.ReadText(), ReadDate(ref articleTable), articleTable.Position);
                        articleTable.SkipArticleDetails();
                        articles[a] = article;

                        var quoteTable = new TableReader(QuoteTable(slice), quotePositions[slice]);
                        article.Attach(ReadOnly(ReadQuotes(ref quoteTable, article, speakers)));
                        quotePositions[slice] = quoteTable.Position;
                    }

                    _articles = articles;
                    _speakers = speakers;
                    Speakers = ReadOnly(speakers);
                    Articles = ReadOnly(articles);
                }
        """;

    /// <summary>Reads what a row holds after its date, on first use.</summary>
    public const string DetailsReader = """
            internal static ArticleDetails ReadArticleDetails(int position)
            {
                var table = new TableReader(ArticleTable, position);
                return new ArticleDetails(table.ReadNullableText(), table.ReadNullableText(), table.ReadTexts(), table.ReadText());
            }
        """;

    /// <summary>Steps over what <see cref="DetailsReader"/> reads (a <c>TableReader</c> member).</summary>
    public const string DetailsSkipper = """
                /// <summary>Steps over what <see cref="ReadArticleDetails"/> reads: outlet, URL, authors, source path.</summary>
                internal void SkipArticleDetails()
                {
                    SkipText();
                    SkipText();
                    SkipTexts();
                    SkipText();
                }
        """;

    /// <summary>Reads a row's date: year, month, day, or -1 alone.</summary>
    public static string DateReader(string date) => $$"""
                private static {{date}}? ReadDate(ref TableReader table)
                {
                    int year = table.ReadInt();
                    if (year < 0)
                    {
                        return null;
                    }
                    int month = table.ReadInt();
                    return new {{date}}(year, month, table.ReadInt());
                }
        """;
}
