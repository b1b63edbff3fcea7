using System.Linq;
using System.Text;
using Verbatim.Corpus.Model;

namespace Verbatim.Fuzzing.Checks;

/// <summary>
/// Line ends do not matter (docs/robustness.md): the same file with its CR LF and CR written as LF
/// gives the same article, field for field; only places in the file move.
/// </summary>
public static class LineEndChecks
{
    public static string WithLf(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    public static void RequireSame(ArticleSpec asWritten, ArticleSpec withLf)
    {
        string written = Content(asWritten), lf = Content(withLf);
        InvariantViolation.Require(written == lf, () => $"the article changes when its line ends are LF:\n{written}\n---- with LF ----\n{lf}");
    }

    // What reaches generated code, without places in the file (they move when CR LF becomes LF).
    private static string Content(ArticleSpec article)
    {
        var content = new StringBuilder()
            .Append("id ").AppendLine(article.Id)
            .Append("title ").AppendLine(article.Title)
            .Append("outlet ").AppendLine(article.Outlet)
            .Append("published ").AppendLine(article.Published?.ToString())
            .Append("url ").AppendLine(article.Url)
            .Append("authors ").AppendLine(string.Join(" | ", article.Authors))
            .Append("body ").AppendLine(article.Body);
        foreach (var quote in article.Quotes)
        {
            content.AppendLine($"quote {quote.Id} {quote.Kind} {quote.Start}+{quote.Length} line {quote.Line} parent {quote.Parent} by {string.Join(",", quote.Speakers.Select(s => s.Id))}: {quote.Text}");
        }
        foreach (var speaker in article.Speakers)
        {
            content.AppendLine($"speaker {speaker.Id} {speaker.Kind}: {speaker.Name} | {speaker.Role} | {speaker.Organization} | {string.Join(" | ", speaker.Aliases)}");
        }
        return content.ToString();
    }
}
