using Verbatim.Generators.Model;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// How an article's body is found at run time: <c>Article.Body</c> asks <c>VerbatimData.ArticleBody</c>
/// on first use, which returns the member of the article's own file (see <see cref="ArticleFileSource"/>).
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

    /// <summary>Writes <c>VerbatimData.ArticleBody</c>: the body of each article of <paramref name="ordered"/>, by its place.</summary>
    public static void WriteLookup(IndentedWriter writer, ArticleRow[] ordered)
    {
        writer.Open("internal static string ArticleBody(int index)")
            .Open("switch (index)");
        for (int i = 0; i < ordered.Length; i++)
        {
            writer.Line("case " + i + ": return " + ArticleFileSource.BodyMember(ordered[i]) + ";");
        }
        writer.Line("default: return string.Empty;")
            .Close()
            .Close();
    }
}
