using System.Globalization;
using System.Linq;
using SampleCorpus.Corpus;

namespace SampleCorpus.Report;

/// <summary>How the report names articles, speakers and quotes, the same way in every view.</summary>
internal static class Labels
{
    public const string UnnamedOutlet = "(outlet not named)";

    public static string Outlet(Article article) => article.Outlet ?? UnnamedOutlet;

    public static string Published(Article article) =>
        article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(undated)";

    public static string Speaker(Speaker speaker)
    {
        var about = string.Join(", ", new[] { speaker.Role, speaker.Organization }.Where(s => s is not null));
        return about.Length == 0 ? $"{speaker.Name} ({speaker.Id})" : $"{speaker.Name} ({speaker.Id}), {about}";
    }

    /// <summary>A direct quote in quotation marks; a paraphrase marked as one.</summary>
    public static string Words(Quote quote) =>
        quote.Kind == QuoteKind.Direct ? $"\u201C{quote.Text}\u201D" : $"(paraphrase) {quote.Text}";

    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
