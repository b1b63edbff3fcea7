using System.Globalization;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// How an article's body is found at run time: <c>Article.Body</c> asks <c>VerbatimData.ArticleBody</c>
/// on first use, which reads it from the body table of the article's slice (see <see cref="ArticleSliceSource"/>).
/// </summary>
internal static class ArticleBodySource
{
    /// <summary>The <c>Body</c> property of <c>Article</c> (ModelSource.Types.cs places it).</summary>
    public const string Property = """
            /// <summary>The article's text with the annotations' markup removed: it reads as the article did. Decoded on first use.</summary>
            public string Body
            {
                get
                {
                    string? body = _body;
                    if (body == null)
                    {
                        // Two threads may both decode; they produce equal strings, so either may win.
                        body = VerbatimData.ArticleBody(_index);
                        _body = body;
                    }
                    return body;
                }
            }
        """;

    /// <summary>
    /// <c>ArticleBody</c>, the one method that reads every body: each article's slice and its place
    /// among that slice's bodies are numbers of a fixed width, so the article's entry is found by its
    /// index; the body is the text at that place in the slice's body table (see <see cref="ArticleSliceSource"/>).
    /// A place depends on ids only, so an edit to an article's text leaves this file as it is.
    /// </summary>
    public static void WriteLookup(IndentedWriter writer, EmitOptions options, ArticleRow[] ordered)
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
            .Hot(options)
            .Open("internal static string ArticleBody(int index)")
            .Line("var places = new TableReader(BodyPlaceTable, index * " + (2 * (digits + 1)).ToString(CultureInfo.InvariantCulture) + ");")
            .Line("int slice = places.ReadInt();")
            .Line("var bodies = new TableReader(BodyTable(slice), 0);")
            .Open("for (int before = places.ReadInt(); before > 0; before--)")
            .Line(options.UseUtf8Literals ? "bodies.SkipBody();" : "bodies.SkipText();")
            .Close()
            .Line(options.UseUtf8Literals ? "return bodies.ReadBody(slice);" : "return bodies.ReadText();")
            .Close()
            .Line();
        SliceSwitch.Write(writer, options, "BodyTable", count, slice => sizes[slice] > 0 ? ArticleSliceSource.BodyTableMember(slice) : null);
    }
}
