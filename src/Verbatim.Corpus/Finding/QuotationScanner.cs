using System.Collections.Generic;

namespace Verbatim.Corpus.Finding;

/// <summary>
/// Pairs quotation marks in one pass over the text, paragraph by paragraph: “…”, «…» and "…" at
/// the outer level, ‘…’ and '…' inside them. Each character is looked at once and the state is a
/// handful of positions, so unbalanced or hostile marks cost no more than any other text: a mark
/// that opens while one of its kind is already open starts the quotation again, and a quotation
/// still open at the end of its paragraph counts only when the next paragraph opens with the same
/// mark (the newspaper way of quoting several paragraphs); otherwise it is dropped.
/// </summary>
internal static class QuotationScanner
{
    // string.IndexOfAny takes its slow, unvectorized path for a set of this size with non-ASCII members;
    // a plain loop with one comparison for most characters costs less, and this pass reads every article.
    private static int NextStop(string s, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            char c = s[i];
            if (c < 128 ? c is '"' or '\'' or '\n' or '\\' : QuoteMarks.IsMark(c))
            {
                return i;
            }
        }
        return to;
    }

    // The marks that can open an outer quotation: a text without them outside its annotations has none.
    private static readonly char[] s_openers = { '“', '"', '«' };

    /// <summary>
    /// False when no opening mark lies outside the annotations, so <see cref="Scan"/> would find
    /// nothing. Searching three characters is vectorized by the runtime; most annotated articles
    /// end here.
    /// </summary>
    public static bool MayHoldQuotations(FinderText text)
    {
        int from = text.Start;
        foreach (var skipped in text.Skipped)
        {
            if (skipped.Start > from && text.Text.IndexOfAny(s_openers, from, skipped.Start - from) >= 0)
            {
                return true;
            }
            from = System.Math.Max(from, skipped.End);
        }
        return from < text.End && text.Text.IndexOfAny(s_openers, from, text.End - from) >= 0;
    }

    public static List<Quotation> Scan(FinderText text)
    {
        var found = new List<Quotation>();
        string s = text.Text;
        int outer = -1, inner = -1;
        char outerMark = '\0';
        var skipped = text.Skipped;
        int nextSkip = 0;
        for (int i = text.Start; i < text.End; i++)
        {
            text.Count();
            // Only marks, line breaks, backslashes and annotations matter: jump to the next of them
            // (looking no further than the next annotation, so no character is searched twice).
            int skipAt = nextSkip < skipped.Count ? skipped[nextSkip].Start : text.End;
            i = NextStop(s, i, skipAt);
            if (i >= text.End)
            {
                break;
            }
            if (nextSkip < skipped.Count && i == skipped[nextSkip].Start)
            {
                // An annotation inside an open quotation means the marks belong to the annotated words.
                i = skipped[nextSkip++].End - 1;
                outer = inner = -1;
                continue;
            }
            char c = s[i];
            if (text.IsEscape(i))
            {
                i++;
                continue;
            }
            // A quotation may run over a line that merely looks like a paragraph's end.
            if (c == '\n' && text.IsParagraphEnd(i, out int nextParagraph, out bool soft) && !(soft && outer >= 0))
            {
                if (outer >= 0 && nextParagraph < text.End && s[nextParagraph] == OpeningOf(outerMark))
                {
                    found.Add(new Quotation(outer, TrimEnd(s, i), -1, Closed: false));
                }
                outer = inner = -1;
                i = nextParagraph - 1;
                continue;
            }
            switch (c)
            {
                case '“' or '«':
                    outer = i;
                    outerMark = c == '“' ? '”' : '»';
                    inner = -1;
                    break;
                case '”' or '»' when outer >= 0 && c == outerMark:
                    Close(found, ref outer, ref inner, i);
                    break;
                case '"' when outer >= 0 && outerMark == '"' && !OpensAscii(s, i, text.Start):
                    Close(found, ref outer, ref inner, i);
                    break;
                case '"' when OpensAscii(s, i, text.Start):
                    outer = i;
                    outerMark = '"';
                    inner = -1;
                    break;
                case '‘' when outer >= 0 && outerMark != '"':
                    inner = i;
                    break;
                case '’' when inner >= 0 && !IsLetter(s, i + 1):
                    found.Add(new Quotation(inner, i + 1, -2, Closed: true));
                    inner = -1;
                    break;
                case '\'' when outer >= 0 && outerMark == '"' && inner < 0 && !IsLetter(s, i - 1) && IsLetter(s, i + 1):
                    inner = i;
                    break;
                case '\'' when inner >= 0 && outerMark == '"' && !IsLetter(s, i + 1) && !char.IsWhiteSpace(s[i - 1]):
                    found.Add(new Quotation(inner, i + 1, -2, Closed: true));
                    inner = -1;
                    break;
            }
        }
        return Ordered(found);
    }

    // An outer quotation is found after the ones inside it (marked -2); order by start and give each inner one its parent.
    private static List<Quotation> Ordered(List<Quotation> found)
    {
        var ordered = new List<Quotation>(found.Count);
        var pending = new List<Quotation>();
        foreach (var q in found)
        {
            if (q.Parent == -2)
            {
                pending.Add(q);
                continue;
            }
            int parent = ordered.Count;
            ordered.Add(q);
            foreach (var inner in pending)
            {
                if (inner.Start > q.Start && inner.End <= q.End)
                {
                    ordered.Add(inner with { Parent = parent });
                }
            }
            pending.Clear();
        }
        return ordered;
    }

    private static void Close(List<Quotation> found, ref int outer, ref int inner, int at)
    {
        // A quotation with nothing in it is a pair of marks, not words.
        if (at > outer + 1)
        {
            found.Add(new Quotation(outer, at + 1, -1, Closed: true));
        }
        outer = inner = -1;
    }

    private static char OpeningOf(char closing) => closing switch { '”' => '“', '»' => '«', _ => '"' };

    // A straight double quote opens when it starts a word: after a space, a bracket or a dash, before a non-space.
    private static bool OpensAscii(string s, int i, int start)
    {
        bool before = i == start || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is '(' or '[' or '—' or '–' or '-' or '/';
        bool after = i + 1 < s.Length && !char.IsWhiteSpace(s[i + 1]);
        return before && after;
    }

    private static bool IsLetter(string s, int i) => i >= 0 && i < s.Length && char.IsLetterOrDigit(s[i]);

    private static int TrimEnd(string s, int end)
    {
        while (end > 0 && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }
        return end;
    }
}
