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
    /// <summary>What naming the articles needs of it, made once, so gathering every article's key on an edit allocates nothing.</summary>
    public ArticleKey Key { get; } = new(Article.Id, Article.Path);

    /// <summary>The id's <see cref="Slices.Hash"/>, which picks its slice.</summary>
    public uint IdHash { get; } = Slices.Hash(Article.Id);

    public static ParsedArticle Of(ArticleSpec article) =>
        new(article with { Body = string.Empty }, CSharpText.Escape(article.Body));
}
