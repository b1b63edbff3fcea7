using Verbatim.Corpus.Finding;
using Verbatim.Corpus.Model;

namespace Verbatim.FinderScore;

/// <summary>One raw article's found quotations matched one to one with its annotated direct quotes.</summary>
internal sealed record Pairing(
    string RawName,
    ArticleSpec Article,
    List<QuoteSpec> Gold,
    List<FoundQuotation> Found,
    List<(QuoteSpec Gold, FoundQuotation Found)> Matched,
    List<QuoteSpec> Missed,
    List<FoundQuotation> Extra,
    List<QuoteSpec> NotInRaw)
{
    // Same words once normalized, or one holding the other with little left over (an annotation may
    // leave a trailing word outside, or take the marks of a quotation split in two).
    private const double MinOverlap = 0.75;

    public static Pairing Make(string rawName, string raw, ArticleSpec article, List<FoundQuotation> found)
    {
        // The annotated article may hold more than the raw one (a transcript appended): those quotes are not the finder's to find.
        string rawWords = Scoring.Normalized(raw);
        var direct = article.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        var gold = direct.Where(q => rawWords.Contains(Scoring.Normalized(q.Text), StringComparison.Ordinal)).ToList();
        var notInRaw = direct.Except(gold).ToList();
        var matched = new List<(QuoteSpec, FoundQuotation)>();
        var left = new List<FoundQuotation>(found);
        var missed = new List<QuoteSpec>();
        foreach (var quote in gold)
        {
            string g = Scoring.Normalized(quote.Text);
            var best = left
                .Select(f => (Found: f, Score: Overlap(g, Scoring.Normalized(f.Text))))
                .Where(x => x.Score >= MinOverlap)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            if (best.Found is null)
            {
                missed.Add(quote);
                continue;
            }
            matched.Add((quote, best.Found));
            left.Remove(best.Found);
        }
        return new Pairing(rawName, article, gold, found, matched, missed, left, notInRaw);
    }

    private static double Overlap(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        if (a == b)
        {
            return 1;
        }
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.Contains(shorter, StringComparison.Ordinal) ? shorter.Length / (double)longer.Length : 0;
    }
}
