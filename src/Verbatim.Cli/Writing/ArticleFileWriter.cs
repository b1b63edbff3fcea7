using System.Collections.Generic;
using System.Text;
using Verbatim.Cli.Brat;

namespace Verbatim.Cli.Writing;

/// <summary>An <c>*.article.md</c> file: front matter from the article's metadata, then the annotated body.</summary>
internal static class ArticleFileWriter
{
    public static string Write(BratArticle metadata, string body, IReadOnlyList<QuoteToWrite> quotes)
    {
        var text = new StringBuilder("---\n");
        text.Append("id: ").Append(metadata.Id).Append('\n');
        text.Append("title: ").Append(YamlText.Quoted(metadata.Title)).Append('\n');
        if (metadata.Outlet is { } outlet)
        {
            text.Append("outlet: ").Append(YamlText.Quoted(outlet)).Append('\n');
        }
        if (metadata.Published is { } published)
        {
            text.Append("published: ").Append(published).Append('\n');
        }
        if (metadata.Url is { } url)
        {
            text.Append("url: ").Append(YamlText.Quoted(url)).Append('\n');
        }
        if (metadata.Authors is { Count: > 0 } authors)
        {
            text.Append("authors: ").Append(YamlText.List(authors)).Append('\n');
        }
        text.Append("---\n");
        text.Append(CorpusMarkup.Annotate(body, quotes));
        return text.ToString();
    }
}
