using Verbatim.Corpus.Naming;

namespace Verbatim.Generators.Emitting;

/// <summary>The part of <see cref="ModelSource"/> that writes <c>ArticleView</c>, the base of every per-article class.</summary>
internal static partial class ModelSource
{
    /// <summary>The base of every article's own class: <c>Article</c>'s members, forwarded once here, not in every article's file.</summary>
    public const string ArticleViewType = "ArticleView";

    /// <summary>
    /// The type of a member of <c>Article</c> that an <see cref="ArticleViewType"/> forwards (the names are
    /// <see cref="GeneratedApiNames.ForwardedArticleMembers"/>), or null for a name <c>Article</c> does not have.
    /// </summary>
    internal static string? ForwardedType(string name, string date) => name switch
    {
        "Id" or "Title" or "Body" or "SourcePath" => "string",
        "Outlet" => "string?",
        "Published" => date + "?",
        "Url" => "global::System.Uri?",
        "Authors" => "global::System.Collections.Generic.IReadOnlyList<string>",
        "Quotes" => "global::System.Collections.Generic.IReadOnlyList<Quote>",
        "Speakers" => "global::System.Collections.Generic.IReadOnlyList<Speaker>",
        _ => null,
    };

    private static void WriteArticleView(IndentedWriter writer, string visibility, string date)
    {
        writer.Summary("What the type of every <c>Articles.&lt;Member&gt;</c> has: the members of <see cref=\"Article\"/>. Each article's type adds a member per quote id.")
            .Line("/// <remarks>Converts implicitly to the <see cref=\"Article\"/> that <see cref=\"Articles.All\"/> holds.</remarks>")
            .Open(visibility + " abstract class " + ArticleViewType)
            .Line("private readonly Article _article;")
            .Line()
            .Line("private protected " + ArticleViewType + "(Article article) => _article = article;");
        foreach (string name in GeneratedApiNames.ForwardedArticleMembers)
        {
            if (ForwardedType(name, date) is not { } type)
            {
                continue;
            }
            writer.Line()
                .Line("/// <inheritdoc cref=\"Article." + name + "\"/>")
                .Line("public " + type + " " + name + " => _article." + name + ";");
        }
        writer.Line()
            .Summary("The article itself, as <see cref=\"Articles.All\"/> holds it.")
            .Line("public static implicit operator Article(" + ArticleViewType + " article) => article._article;")
            .Line()
            .Summary("Returns the title.")
            .Line("public override string ToString() => _article.Title;")
            .Close()
            .Line();
    }
}
