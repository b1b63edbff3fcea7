using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Finding;

/// <summary>The annotations of an article's body, as the stretches the finder leaves alone (see <see cref="SkippedRange"/>).</summary>
internal static class AnnotationRanges
{
    private static readonly char[] s_markup = { '\\', '{', '}' };

    // Each outermost annotation, from its "{@" to its closing "}", found the way the annotation
    // parser reads braces: \{ \} \\ escape, every "{@" opens, a "}" closes the innermost open one.
    public static List<SkippedRange> Find(string text, int bodyStart, EquatableArray<QuoteSpec> quotes)
    {
        // Quotes are in document order, so the outermost ones come by their openings in the order the walk meets them.
        int nextQuote = 0;
        // One range per outermost quote of a well-formed body: sized for every quote, the list never grows.
        var ranges = new List<SkippedRange>(quotes.Count);
        int depth = 0, start = 0;
        for (int i = bodyStart; i < text.Length; i++)
        {
            i = text.IndexOfAny(s_markup, i);
            if (i < 0)
            {
                break;
            }
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '{' or '}' or '\\')
            {
                i++;
            }
            else if (c == '{' && i + 1 < text.Length && text[i + 1] == '@')
            {
                start = depth++ == 0 ? i : start;
                i++;
            }
            else if (c == '}' && depth > 0 && --depth == 0)
            {
                while (nextQuote < quotes.Count && (quotes[nextQuote].Parent >= 0 || quotes[nextQuote].OpeningSpan.Start < start))
                {
                    nextQuote++;
                }
                var quote = nextQuote < quotes.Count && quotes[nextQuote].OpeningSpan.Start == start ? quotes[nextQuote] : null;
                ranges.Add(new SkippedRange(start, i + 1, quote?.Speakers.FirstOrDefault().Id, quote?.Kind == QuoteKind.Direct));
            }
        }
        return ranges;
    }
}
