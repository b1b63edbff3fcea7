using Verbatim.Generators.Model;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Articles.&lt;Member&gt;.g.cs</c>, one per article: the article's own class (a thin wrapper over the
/// <c>Article</c> that <c>Articles.All</c> holds, with a member per quote id), its <c>Articles</c>
/// member, and its body as data, decoded on first use.
/// </summary>
internal static class ArticleSource
{
    /// <summary>The members every article class forwards to <c>Article</c>, with their types.</summary>
    private static readonly (string Name, string Type)[] Forwarded =
    {
        ("Id", "string"),
        ("Title", "string"),
        ("Outlet", "string?"),
        ("Published", ""),
        ("Url", "global::System.Uri?"),
        ("Authors", "global::System.Collections.Generic.IReadOnlyList<string>"),
        ("Body", "string"),
        ("Quotes", "global::System.Collections.Generic.IReadOnlyList<Quote>"),
        ("Speakers", "global::System.Collections.Generic.IReadOnlyList<Speaker>"),
        ("SourcePath", "string"),
    };

    /// <summary>The hint name of an article's file, from its unique stem (see <see cref="ArticleEntry.HintName"/>).</summary>
    public static string HintName(string fileStem) => "Articles." + fileStem + ".g.cs";

    /// <summary>
    /// How many classes the body getters are spread over: one class for all of them would stop loading
    /// at 65,535 methods. A fixed number, so adding an article never moves another article's body.
    /// </summary>
    private const int BodyClasses = 256;

    /// <summary>The class, nested in <c>VerbatimData</c>, that holds an article's body getter.</summary>
    private static string BodyClass(ArticleRow row) =>
        "Bodies" + Slices.Of(row.Id, BodyClasses).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The body getter of an article, as <c>VerbatimData</c> names it.</summary>
    public static string BodyMember(ArticleRow row) => BodyClass(row) + "." + BodyGetter(row);

    /// <summary>"BodyOf" and the member name: never the name of a member of <c>object</c>, never a keyword.</summary>
    private static string BodyGetter(ArticleRow row) => "BodyOf" + row.MemberName;

    public static string Emit(ArticleModel article)
    {
        var options = article.Options;
        string member = CSharpText.Identifier(article.Row.MemberName);
        string className = CSharpText.Identifier(article.ClassName);
        string summary = DocSummaries.Article(article.Row, article.Quotes.Count);
        string date = options.HasDateOnly ? "global::System.DateOnly?" : "global::System.DateTime?";

        var writer = GeneratedFile.Begin(options, 4096 + article.Body.Length + (article.Quotes.Count * 256));
        writer.Summary(summary)
            .Line("/// <remarks>Converts implicitly to the <see cref=\"Article\"/> that <see cref=\"Articles.All\"/> holds.</remarks>")
            .Open(options.Visibility + " sealed class " + className)
            .Line("private readonly Article _article;")
            .Line()
            .Line("internal " + className + "(Article article) => _article = article;");
        foreach (var (name, type) in Forwarded)
        {
            writer.Line()
                .Line("/// <inheritdoc cref=\"Article." + name + "\"/>")
                .Line("public " + (type.Length == 0 ? date : type) + " " + name + " => _article." + name + ";");
        }
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            if (quote.MemberName is not null)
            {
                writer.Line()
                    .Summary(DocSummaries.Quote(quote))
                    .Line("public " + CSharpText.HidingModifier(quote.MemberName) + "Quote " + CSharpText.Identifier(quote.MemberName) + " => _article.Quotes[" + i + "];");
            }
        }
        writer.Line()
            .Summary("The article itself, as <see cref=\"Articles.All\"/> holds it.")
            .Line("public static implicit operator Article(" + className + " article) => article._article;")
            .Line()
            .Summary("Returns the title.")
            .Line("public override string ToString() => _article.Title;")
            .Close()
            .Line();

        string field = "s_" + article.Row.MemberName;
        writer.Open(options.Visibility + " static partial class Articles")
            .Line("private static " + className + "? " + field + ";")
            .Line()
            .Summary(summary)
            .StartLine("public static " + CSharpText.HidingModifier(article.Row.MemberName) + className + " " + member + " => " + field + " ?? (" + field + " = new " + className)
            .Append("(" + GeneratedFile.Loader(options) + ".ArticleWithId(" + CSharpText.StringLiteral(article.Row.Id)).EndLine(")));")
            .Close()
            .Line();

        writer.Open("internal static partial class VerbatimData")
            .Open("internal static partial class " + BodyClass(article.Row))
            .StartLine("internal static string " + BodyGetter(article.Row) + " => ").AppendTextExpression(article.Body, options.UseUtf8Literals).EndLine(";")
            .Close()
            .Close();
        return GeneratedFile.End(writer);
    }
}
