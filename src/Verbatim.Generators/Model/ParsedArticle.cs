using Verbatim.Corpus.Model;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Model;

/// <summary>
/// An article as the pipeline keeps it: the parsed article without its body, and the body with the
/// places a literal needs escapes. The pipeline caches this value for every article; holding the
/// body twice (as text and escaped for the generated file) was about a third of what a build retained.
/// </summary>
/// <param name="Article">The parsed article, its <c>Body</c> left empty.</param>
internal sealed record ParsedArticle(ArticleSpec Article, EscapedText Body)
{
    public static ParsedArticle Of(ArticleSpec article) =>
        new(article with { Body = string.Empty }, CSharpText.Escape(article.Body));
}
