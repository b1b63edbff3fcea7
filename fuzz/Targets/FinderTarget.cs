using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Drafting;
using Verbatim.Corpus.Finding;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Fuzzing.Checks;
using Verbatim.Fuzzing.Inputs;

namespace Verbatim.Fuzzing.Targets;

/// <summary>
/// The quotation finder on one article (docs/quotation-finder.md): every quotation it finds lies
/// in the body and outside every annotation, nested ones inside their parents, and its VQ0010
/// diagnostics are inside the file. The same text drafted as a raw article
/// (<see cref="ArticleDrafter"/>) reads back with no malformed annotation and no invalid YAML.
/// </summary>
public static class FinderTarget
{
    public static void Check(IReadOnlyList<FuzzFile> files)
    {
        foreach (var file in files)
        {
            var spans = new FileSpans(file.Path, file.Text);
            var parsed = ArticleParser.Parse(file.Path, file.Text);
            var speakers = SpeakerIndex.Create(parsed.Article.Speakers);
            var found = QuotationFinder.FindInArticle(file.Text, parsed, speakers).Quotations;
            RequireOutsideAnnotations(found, parsed.Article, BodyStart(file.Text), file.Text.Length);
            DiagnosticChecks.RequireInFile(UnannotatedQuotations.Find(file.Text, parsed, speakers).Select(u => u.Diagnostic), spans);

            RequireDraftReadsBack(ArticleDrafter.Draft(file.Text));
            RequireDraftReadsBack(ArticleDrafter.Draft(file.Text, parsed.Article.Speakers));
        }
    }

    private static void RequireOutsideAnnotations(EquatableArray<FoundQuotation> found, ArticleSpec article, int bodyStart, int end)
    {
        // Each annotation from its "{@" through its content's last character (the closing brace
        // follows), mapped to the file apart from the finder's own walk over the markup.
        var annotations = article.Positions is not { } positions ? new List<(int Start, int End)>() : article.Quotes
            .Select(q => (Start: q.OpeningSpan.Start, End: q.Length > 0 ? positions.FileOffset(q.Start + q.Length - 1) + 1 : q.OpeningSpan.End))
            .ToList();
        for (int i = 0; i < found.Count; i++)
        {
            var quotation = found[i];
            InvariantViolation.Require(
                quotation.Start >= bodyStart && quotation.Length > 0 && quotation.End <= end,
                () => $"quotation [{quotation.Start}, {quotation.End}) outside the body [{bodyStart}, {end})");
            var inside = annotations.FirstOrDefault(a => quotation.Start < a.End && a.Start < quotation.End);
            InvariantViolation.Require(inside == default, () => $"quotation [{quotation.Start}, {quotation.End}) overlaps the annotation [{inside.Start}, {inside.End})");
            InvariantViolation.Require(
                quotation.Parent < i && (quotation.Parent < 0 || (found[quotation.Parent].Start <= quotation.Start && quotation.End <= found[quotation.Parent].End)),
                () => $"quotation {i} [{quotation.Start}, {quotation.End}) is not inside its parent {quotation.Parent}");
        }
    }

    private static void RequireDraftReadsBack(string draft)
    {
        var broken = ArticleParser.Parse("draft" + ArticleParser.FileSuffix, draft).Diagnostics
            .FirstOrDefault(d => d.Id is DiagnosticIds.MalformedAnnotation or DiagnosticIds.InvalidYaml);
        InvariantViolation.Require(broken is null, () => $"the draft reads back with {broken!.Id} {broken.Message} at {broken.Span.Start}:\n{draft}");
    }

    // The front matter rule of docs/corpus-format.md, apart from the parser's: after an optional
    // byte-order mark, a line "---" opens it and the next line that is exactly "---" closes it; the
    // body starts on the line after. Unclosed, there is none and the body is the whole file.
    private static int BodyStart(string text)
    {
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (!IsFence(text, start, out int line))
        {
            return start;
        }
        while (line < text.Length)
        {
            if (IsFence(text, line, out int next))
            {
                return next;
            }
            line = next;
        }
        return start;
    }

    // Whether the line at lineStart is exactly "---"; next is where the line after it starts.
    private static bool IsFence(string text, int lineStart, out int next)
    {
        int end = lineStart;
        while (end < text.Length && !IsBreak(text[end]))
        {
            end++;
        }
        next = end + (end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n' ? 2 : end < text.Length ? 1 : 0);
        return end - lineStart == 3 && string.CompareOrdinal(text, lineStart, "---", 0, 3) == 0;
    }

    private static bool IsBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';
}
