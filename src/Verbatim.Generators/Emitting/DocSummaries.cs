using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Verbatim.Corpus.Model;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// The XML doc summaries of the generated members, written so IntelliSense reads like the corpus.
/// Every corpus string goes through <see cref="CSharpText"/>.
/// </summary>
internal static class DocSummaries
{
    /// <summary>Quotes longer than this are shortened in docs.</summary>
    private const int QuoteDocLength = 160;

    /// <summary>"Rex W. Tillerson, U.S. Secretary of State, U.S. Department of State. 3 quotes in 2 articles."</summary>
    public static string Speaker(SpeakerModel speaker, int quotes, int articles)
    {
        var parts = new List<string> { speaker.Name };
        if (speaker.Role is not null)
        {
            parts.Add(speaker.Role);
        }
        if (speaker.Organization is not null)
        {
            parts.Add(speaker.Organization);
        }
        string kind = speaker.Kind == SpeakerKind.Person ? "" : " (" + speaker.Kind.ToString().ToLowerInvariant() + ")";
        return CSharpText.DocText(string.Join(", ", parts)) + kind + ". "
            + Count(quotes, "quote") + " in " + Count(articles, "article") + ".";
    }

    /// <summary>"Tillerson and Putin Meet. The New York Times, 2017-04-12. https://…"</summary>
    public static string Article(ArticleRow article, int quotes)
    {
        var source = new List<string>();
        if (article.Outlet is not null)
        {
            source.Add(article.Outlet);
        }
        if (article.Published is { } published)
        {
            source.Add(published.ToString());
        }
        if (article.Url is not null)
        {
            source.Add(article.Url);
        }
        string title = CSharpText.DocText(article.Title);
        return (source.Count == 0 ? title + "." : title + ". " + CSharpText.DocText(string.Join(", ", source)) + ".")
            + " " + Count(quotes, "quote") + ".";
    }

    /// <summary>"“There is a low level of trust…” said Rex W. Tillerson." (indirect: "… in the words of …")</summary>
    public static string Quote(QuoteModel quote)
    {
        string words = CSharpText.ShortDocText(quote.Text, QuoteDocLength);
        // Nearly every quote has one speaker: its name, without a join over a projection for each quote.
        string names = quote.Speakers.Count == 1 ? quote.Speakers[0].Name : string.Join(" and ", quote.Speakers.Select(speaker => speaker.Name));
        string speakers = CSharpText.DocText(names);
        return quote.Kind == QuoteKind.Direct
            ? "“" + words + "” (" + speakers + ")."
            : "Paraphrase: " + words + " (" + speakers + ").";
    }

    /// <summary>
    /// "In articles/nyt-tillerson-putin.article.md, line 11.": where the member comes from, relative to the
    /// project, for editors whose Go to Definition opens the generated member instead of following <c>#line</c>.
    /// </summary>
    public static string Place(CorpusOptions options, CorpusPlace place) => Place(DocPath(options, place.Path), place.Range.StartLine);

    /// <summary>The same, for a line of a file whose <see cref="DocPath"/> is known (an article's quotes share their file's).</summary>
    public static string Place(string docPath, int line) =>
        "In " + docPath + ", line " + line.ToString(CultureInfo.InvariantCulture) + ".";

    /// <summary>The corpus file at <paramref name="path"/> as <see cref="Place(CorpusOptions, CorpusPlace)"/> names it: relative to the project, as doc text.</summary>
    public static string DocPath(CorpusOptions options, string path) => CSharpText.DocText(CorpusPaths.RelativeTo(path, options.ProjectDirectory));

    /// <summary>"“The world’s two foremost nuclear powers…” New York Magazine, The New York Times. Also: “…nuclear owners…” ANJ."</summary>
    public static string Statement(StatementModel statement)
    {
        var parts = statement.Wordings.Select((wording, index) =>
            (index == 0 ? "" : "Also: ") + "“" + CSharpText.ShortDocText(wording.Text, QuoteDocLength) + "” "
            + CSharpText.DocText(string.Join(", ", wording.Outlets)) + ".");
        return string.Join(" ", parts);
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
