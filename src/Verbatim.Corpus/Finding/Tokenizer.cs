using System.Collections.Generic;

namespace Verbatim.Corpus.Finding;

/// <summary>
/// Cuts the text into words and punctuation in one pass, with a token for each found
/// quotation's marks and one for each annotation, so the attribution rules can look a few
/// tokens either side of a quotation.
/// </summary>
internal static class Tokenizer
{
    // Words written with a period that does not end the sentence.
    private static readonly HashSet<string> s_abbreviations = new(System.StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Prof",
        "Rev", "Jr", "Sr", "Messrs", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd", "No", "vs", "etc", "Jan", "Feb",
        "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "a.m", "p.m",
    };

    public static List<Token> Tokenize(FinderText text, IReadOnlyList<Quotation> quotations)
    {
        string s = text.Text;
        var tokens = new List<Token>(System.Math.Max(16, (text.End - text.Start) / 5));
        var closeAt = new Stack<(int At, int Quotation)>();
        int nextQuotation = 0, nextSkip = 0, depth = 0;
        int i = text.Start;
        while (i < text.End)
        {
            text.Count();
            if (closeAt.Count > 0 && i >= closeAt.Peek().At)
            {
                var (at, q) = closeAt.Pop();
                depth--;
                bool closed = quotations[q].Closed;
                tokens.Add(new Token(at, closed ? 1 : 0, TokenKind.Close, depth, q));
                // A closing mark is a token of its own; a quotation that runs on ends before whatever follows.
                i = closed ? at + 1 : i;
                continue;
            }
            if (nextQuotation < quotations.Count && i == quotations[nextQuotation].Start)
            {
                var q = quotations[nextQuotation];
                tokens.Add(new Token(i, 1, TokenKind.Open, depth, nextQuotation));
                closeAt.Push((q.Closed ? q.End - 1 : q.End, nextQuotation));
                nextQuotation++;
                depth++;
                i++;
                continue;
            }
            if (nextSkip < text.Skipped.Count && i == text.Skipped[nextSkip].Start)
            {
                tokens.Add(new Token(i, text.Skipped[nextSkip].End - i, TokenKind.Annotation, depth, nextSkip));
                i = text.Skipped[nextSkip++].End;
                continue;
            }
            char c = s[i];
            if (text.IsEscape(i))
            {
                tokens.Add(new Token(i, 2, TokenKind.Other, depth, -1));
                i += 2;
            }
            else if (char.IsLetterOrDigit(c))
            {
                int end = WordEnd(s, i, text.End);
                tokens.Add(new Token(i, end - i, TokenKind.Word, depth, -1));
                i = end;
            }
            else if (c == '\n' && text.IsParagraphEnd(i, out int next, out _))
            {
                tokens.Add(new Token(i, 1, TokenKind.Paragraph, depth, -1));
                i = next;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                tokens.Add(new Token(i, 1, KindOf(c), depth, -1));
                i++;
            }
        }
        while (closeAt.Count > 0)
        {
            var (at, q) = closeAt.Pop();
            depth--;
            tokens.Add(new Token(System.Math.Min(at, text.End), quotations[q].Closed ? 1 : 0, TokenKind.Close, depth, q));
        }
        return tokens;
    }

    private static TokenKind KindOf(char c) => c switch
    {
        ',' => TokenKind.Comma,
        ':' => TokenKind.Colon,
        '.' or '!' or '?' or ';' => TokenKind.Stop,
        '—' or '–' => TokenKind.Dash,
        _ => TokenKind.Other,
    };

    // Letters and digits, with apostrophes and hyphens between them, and the periods of an
    // abbreviation or an initial ("Mr.", "U.S.", "V.").
    private static int WordEnd(string s, int start, int limit)
    {
        int i = start;
        while (true)
        {
            while (i < limit && char.IsLetterOrDigit(s[i]))
            {
                i++;
            }
            if (i + 1 < limit && s[i] is '’' or '\'' or '-' or '‑' && char.IsLetterOrDigit(s[i + 1]))
            {
                i++;
                continue;
            }
            if (i < limit && s[i] == '.' && KeepsPeriod(s, start, i, limit))
            {
                i++;
                if (i < limit && char.IsLetter(s[i]))
                {
                    continue;
                }
            }
            return i;
        }
    }

    private static bool KeepsPeriod(string s, int start, int period, int limit)
    {
        int length = period - start;
        // An initial (a single capital letter) or a dotted abbreviation such as U.S or p.m.
        if ((length == 1 && char.IsUpper(s[start])) || s.IndexOf('.', start, length) >= 0)
        {
            return true;
        }
        // "U.S" followed by "." then a letter keeps going; so does any word directly followed by a letter after its period.
        if (period + 1 < limit && char.IsLetter(s[period + 1]))
        {
            return true;
        }
        return length <= 5 && s_abbreviations.Contains(s.Substring(start, length));
    }
}
