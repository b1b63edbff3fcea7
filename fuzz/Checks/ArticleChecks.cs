using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Fuzzing.Checks;

/// <summary>
/// The promises of a parsed article (docs/generated-api.md): quotes are spans of the body, in
/// document order, nested inside their parent; a quote's text is its content less white space
/// and one pair of quotation marks; every place it names is the text it says it is.
/// </summary>
public static class ArticleChecks
{
    public static void Require(ArticleSpec article, FileSpans file)
    {
        string body = article.Body;
        InvariantViolation.Require(body.IndexOf('\r') < 0, () => "the body holds a CR; its line ends are LF");
        InvariantViolation.Require(article.Path == file.Path, () => $"article path {article.Path}, file {file.Path}");
        file.RequireInside(article.IdSpan, "article id");
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            string what = $"quote {i} (line {quote.Line})";
            InvariantViolation.Require(
                quote.Start >= 0 && quote.Length >= 0 && quote.Start + quote.Length <= body.Length,
                () => $"{what}: {quote.Start}+{quote.Length} outside the body ({body.Length} characters)");
            string content = body.Substring(quote.Start, quote.Length);
            InvariantViolation.Require(quote.Text == Unquoted(content), () => $"{what}: text «{quote.Text}», content «{content}»");
            InvariantViolation.Require(quote.Speakers.Count > 0, () => $"{what} has no speaker");
            foreach (var speaker in quote.Speakers)
            {
                InvariantViolation.Require(IdGrammar.IsValid(speaker.Id), () => $"{what}: speaker id «{speaker.Id}» is not an id");
                file.RequireText(speaker.Span, speaker.Id, what + " speaker");
            }
            if (quote.Id is not null)
            {
                InvariantViolation.Require(IdGrammar.IsValid(quote.Id), () => $"{what}: quote id «{quote.Id}» is not an id");
                InvariantViolation.Require(quote.IdSpan is not null, () => $"{what}: id {quote.Id} without a place");
                file.RequireText(quote.IdSpan!.Value, quote.Id, what + " id");
            }
            file.RequireInside(quote.OpeningSpan, what + " opening");
            InvariantViolation.Require(
                string.CompareOrdinal(file.Text, quote.OpeningSpan.Start, "{@", 0, 2) == 0,
                () => $"{what}: the opening does not start with {{@");
            InvariantViolation.Require(quote.Line == quote.OpeningSpan.StartLine + 1, () => $"{what}: line {quote.Line}, its {{@ is on {quote.OpeningSpan.StartLine + 1}");
            if (i > 0)
            {
                InvariantViolation.Require(quote.Start >= article.Quotes[i - 1].Start, () => $"{what} starts before quote {i - 1}: not in document order");
            }
            RequireInsideParent(article, i);
        }
    }

    private static void RequireInsideParent(ArticleSpec article, int index)
    {
        var quote = article.Quotes[index];
        if (quote.Parent == -1)
        {
            return;
        }
        InvariantViolation.Require(quote.Parent >= 0 && quote.Parent < index, () => $"quote {index}: parent {quote.Parent} is not an earlier quote");
        var parent = article.Quotes[quote.Parent];
        InvariantViolation.Require(
            quote.Start >= parent.Start && quote.Start + quote.Length <= parent.Start + parent.Length,
            () => $"quote {index} ({quote.Start}+{quote.Length}) is not inside its parent {quote.Parent} ({parent.Start}+{parent.Length})");
    }

    // The contract's rule, written apart from the parser's: trim, drop one enclosing pair of marks, trim.
    private static string Unquoted(string content)
    {
        string trimmed = content.Trim();
        if (trimmed.Length >= 2 && IsPair(trimmed[0], trimmed[trimmed.Length - 1]))
        {
            return trimmed.Substring(1, trimmed.Length - 2).Trim();
        }
        return trimmed;
    }

    private static bool IsPair(char open, char close) =>
        (open, close) is ('“', '”') or ('"', '"') or ('‘', '’') or ('\'', '\'') or ('«', '»');
}
