using System.Text;
using Verbatim.Corpus.Finding;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.FinderScore;

/// <summary>
/// Runs the finder on each raw article and compares what it finds with the direct quotes of the
/// annotated article it matches: the annotations are the truth.
/// </summary>
internal sealed class Scoring
{
    private const int StatementWords = 3;

    private readonly List<Pairing> _pairings = new();

    public static Scoring Run(string rawFolder, string annotatedFolder)
    {
        var registries = Directory.EnumerateFiles(annotatedFolder, "*.speakers.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => RegistryParser.Parse(p, File.ReadAllText(p)))
            .ToList();
        var articles = Directory.EnumerateFiles(annotatedFolder, "*.article.md", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => ArticleParser.Parse(p, File.ReadAllText(p)).Article)
            .ToList();
        var scoring = new Scoring();
        foreach (var rawPath in Directory.EnumerateFiles(rawFolder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            string raw = File.ReadAllText(rawPath);
            var article = articles.OrderByDescending(a => QuotesPrinted(a, raw)).First();
            // The speakers a user would have: the registries and the article's own definitions.
            var index = SpeakerIndex.Create(registries.SelectMany(r => r.Speakers).Concat(article.Speakers));
            var found = QuotationFinder.FindInText(raw, index).Quotations.Where(q => q.IsStatement).ToList();
            scoring._pairings.Add(Pairing.Make(Path.GetFileName(rawPath), raw, article, found));
        }
        return scoring;
    }

    public string Report()
    {
        var text = new StringBuilder();
        Line(text, "all direct quotes", _ => true);
        Line(text, $"quotes of {StatementWords}+ words", words => words >= StatementWords);
        foreach (var pairing in _pairings)
        {
            text.AppendLine().AppendLine($"## {pairing.RawName} ~ {pairing.Article.Id}");
            foreach (var absent in pairing.NotInRaw)
            {
                text.AppendLine($"- not in the raw article, not counted ({Words(absent.Text)} words): {Short(absent.Text)}");
            }
            foreach (var gold in pairing.Missed)
            {
                text.AppendLine($"- missed ({Words(gold.Text)} words, {string.Join(",", gold.Speakers.Select(s => s.Id))}): {Short(gold.Text)}");
            }
            foreach (var extra in pairing.Extra)
            {
                text.AppendLine($"- not annotated as a direct quote ({Words(extra.Text)} words, proposed {extra.Speaker?.Id ?? "none"}): {Short(extra.Text)}");
            }
            foreach (var (gold, found) in pairing.Matched.Where(m => !SpeakerRight(m.Gold, m.Found)))
            {
                text.AppendLine($"- wrong speaker: proposed {found.Speaker?.Id ?? "none"} ({found.Cue}), annotated {string.Join(",", gold.Speakers.Select(s => s.Id))}: {Short(gold.Text)}");
            }
        }
        return text.ToString();
    }

    private void Line(StringBuilder text, string label, Func<int, bool> counts)
    {
        int gold = _pairings.Sum(p => p.Gold.Count(g => counts(Words(g.Text))));
        int found = _pairings.Sum(p => p.Found.Count(f => counts(Words(f.Text))));
        var matched = _pairings.SelectMany(p => p.Matched).Where(m => counts(Words(m.Gold.Text))).ToList();
        int matchedFound = _pairings.SelectMany(p => p.Matched).Count(m => counts(Words(m.Found.Text)));
        int right = matched.Count(m => SpeakerRight(m.Gold, m.Found));
        text.AppendLine($"{label}: annotated {gold}, found {found}, matched {matched.Count}; " +
            $"recall {Ratio(matched.Count, gold)}, precision {Ratio(matchedFound, found)}, speaker right {Ratio(right, matched.Count)} ({right}/{matched.Count})");
    }

    private static bool SpeakerRight(QuoteSpec gold, FoundQuotation found) =>
        found.Speaker is { } s && gold.Speakers.Any(g => string.Equals(g.Id, s.Id, StringComparison.OrdinalIgnoreCase));

    private static string Ratio(int part, int whole) => whole == 0 ? "n/a" : (part / (double)whole).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    internal static int Words(string text) => Normalized(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Short(string text) => text.Length <= 90 ? text : text.Substring(0, 87) + "...";

    /// <summary>Lower-case letters and digits, one space between words: the marks, apostrophes and punctuation two outlets print differently do not count.</summary>
    internal static string Normalized(string text)
    {
        var normal = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                normal.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('’' or '\'') && normal.Length > 0 && normal[^1] != ' ')
            {
                normal.Append(' ');
            }
        }
        return normal.ToString().Trim();
    }

    // The annotated version of a raw article is the one whose quotes it prints.
    private static int QuotesPrinted(ArticleSpec article, string raw)
    {
        string text = Normalized(raw);
        return article.Quotes.Count(q => q.Kind == QuoteKind.Direct && text.Contains(Normalized(q.Text), StringComparison.Ordinal));
    }
}
