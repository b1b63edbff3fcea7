using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Naming;
using Verbatim.Generators.Model;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Articles.&lt;Member&gt;.g.cs</c>, one per article: the article's own class (an <c>ArticleView</c>
/// of the <c>Article</c> that <c>Articles.All</c> holds, with a member per quote id), its <c>Articles</c>
/// member, and its body as data, decoded on first use. The class and the member map to the article
/// file, each quote member to its annotation (see <see cref="LineMapping"/>).
/// </summary>
internal static class ArticleFileSource
{
    /// <summary>
    /// How many classes the body getters are spread over: one class for all of them would stop loading
    /// at 65,535 methods. A fixed number, so adding an article never moves another article's body.
    /// </summary>
    private const int BodyClasses = 256;

    /// <summary>The class, nested in <c>VerbatimData</c>, that holds an article's body getter.</summary>
    private static string BodyClass(ArticleRow row) =>
        "Bodies" + Slices.Of(row.Id, BodyClasses).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The body getter of an article, as <c>VerbatimData</c> names it.</summary>
    public static string BodyMember(ArticleRow row) => BodyClass(row) + "." + row.BodyGetter;

    public static SourceText Emit(ArticleModel article)
    {
        var options = article.Options;
        int quoteMembers = article.Quotes.Count(quote => quote.MemberName is not null);
        // About the file's size but the body, which the writer keeps by reference: the frame and each quote member.
        var writer = GeneratedFile.Begin(options, 1536 + (quoteMembers * 320));
        if (article.Row.MemberName is { } memberName)
        {
            WriteMember(writer, article, memberName);
        }
        writer.Open("internal static partial class VerbatimData")
            .Open("internal static partial class " + BodyClass(article.Row))
            .StartLine("internal static string " + article.Row.BodyGetter + " => ").AppendTextExpression(article.Body, options.UseUtf8Literals).EndLine(";")
            .Close()
            .Close();
        return GeneratedFile.End(writer);
    }

    /// <summary>The article's own class (with a member per quote id) and its member of <c>Articles</c>.</summary>
    private static void WriteMember(IndentedWriter writer, ArticleModel article, string memberName)
    {
        var options = article.Options;
        string member = CSharpText.Identifier(memberName);
        string className = CSharpText.Identifier(ClassMembers.ArticleClassName(memberName));
        string summary = DocSummaries.Article(article.Row, article.Quotes.Count) + " " + DocSummaries.Place(options.Corpus, article.Place);

        writer.Summary(summary)
            .Line("/// <remarks>Converts implicitly to the <see cref=\"Article\"/> that <see cref=\"Articles.All\"/> holds.</remarks>")
            .MappedLine(options, article.Place, options.Visibility + " sealed class ", className, " : " + ModelSource.ArticleViewType)
            .Line("{")
            .Indent()
            .Line("internal " + className + "(Article article) : base(article) { }");
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            if (quote.MemberName is not null)
            {
                var place = new CorpusPlace(article.Place.Path, quote.Annotation);
                writer.Line()
                    .Summary(DocSummaries.Quote(quote) + " " + DocSummaries.Place(options.Corpus, place))
                    .MappedLine(options, place, "public " + CSharpText.HidingModifier(quote.MemberName) + "Quote ", CSharpText.Identifier(quote.MemberName))
                    .Line("    => Quotes[" + i + "];");
            }
        }
        writer.Close()
            .Line();

        string field = "s_" + memberName;
        writer.Open(options.Visibility + " static partial class " + GeneratedApiNames.Articles)
            .Line("private static " + className + "? " + field + ";")
            .Line()
            .Summary(summary)
            .MappedLine(options, article.Place, "public static " + CSharpText.HidingModifier(memberName) + className + " ", member)
            .StartLine("    => " + field + " ?? (" + field + " = new " + className)
            .Append("(" + GeneratedFile.Loader(options) + ".ArticleWithId(" + CSharpText.StringLiteral(article.Row.Id)).EndLine(")));")
            .Close()
            .Line();
    }
}
