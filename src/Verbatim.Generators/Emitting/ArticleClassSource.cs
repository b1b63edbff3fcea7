using System.Linq;
using Verbatim.Corpus.Naming;
using Verbatim.Generators.Model;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// One article's part of its slice's file (see <see cref="ArticleSliceSource"/>): the article's own class (an
/// <c>ArticleView</c> of the <c>Article</c> that <c>Articles.All</c> holds, with a member per quote id) and its
/// <c>Articles</c> member. The class and the member map to the article file, each quote member to its
/// annotation (see <see cref="LineMapping"/>).
/// </summary>
internal static class ArticleClassSource
{
    /// <summary>The article's own class (with a member per quote id) and its member of <c>Articles</c>.</summary>
    public static void WriteMember(IndentedWriter writer, ArticleModel article, string memberName)
    {
        var options = article.Options;
        string member = CSharpText.Identifier(memberName);
        string className = CSharpText.Identifier(ClassMembers.ArticleClassName(memberName));
        // The article's file as the docs and the #line directives name it, for the article and every quote of it.
        string docPath = DocSummaries.DocPath(options.Corpus, article.Place.Path);
        string? directivePath = LineMapping.DirectivePath(options, article.Place.Path);
        string summary = DocSummaries.Article(article.Row, article.Quotes.Count) + " " + DocSummaries.Place(docPath, article.Place.Range.StartLine);

        writer.Summary(summary)
            .Line("/// <remarks>Converts implicitly to the <see cref=\"Article\"/> that <see cref=\"Articles.All\"/> holds.</remarks>")
            .MappedLine(options, directivePath, article.Place.Range, options.Visibility + " sealed class ", className, " : " + ModelSource.ArticleViewType)
            .Line("{")
            .Indent()
            .Line("internal " + className + "(Article article) : base(article) { }");
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            if (quote.MemberName is not null)
            {
                writer.Line()
                    .Summary(DocSummaries.Quote(quote) + " " + DocSummaries.Place(docPath, quote.Annotation.StartLine))
                    .MappedLine(options, directivePath, quote.Annotation, "public " + CSharpText.HidingModifier(quote.MemberName) + "Quote ", CSharpText.Identifier(quote.MemberName))
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
            .MappedLine(options, directivePath, article.Place.Range, "public static " + CSharpText.HidingModifier(memberName) + className + " ", member)
            .StartLine("    => " + field + " ?? (" + field + " = new " + className)
            .Append("(" + GeneratedFile.Loader(options) + ".ArticleWithId(" + CSharpText.StringLiteral(article.Row.Id)).EndLine(")));")
            .Close()
            .Line();
    }
}
