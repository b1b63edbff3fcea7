using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Verbatim.Cli.Writing;

/// <summary>A quote to write as an annotation: its range of the body (UTF-16), speakers, id and kind.</summary>
internal sealed record QuoteToWrite(int Start, int End, IReadOnlyList<string> Speakers, string? Id, bool IsIndirect);

/// <summary>
/// An article body with its quotes written back as annotations, <c>{@a,b#id:indirect …}</c>, the
/// grammar of docs/corpus-format.md. Every <c>\</c>, <c>{</c> and <c>}</c> of the text is escaped,
/// so the parser reads back exactly the body given.
/// </summary>
internal static class CorpusMarkup
{
    /// <param name="quotes">Nested or apart, never crossing: an outer quote before the quotes it holds.</param>
    public static string Annotate(string body, IReadOnlyList<QuoteToWrite> quotes)
    {
        // At one offset: closings first (innermost first), then openings (outermost first).
        var opens = quotes.Select((q, order) => (q.Start, order, q)).ToLookup(e => e.Start);
        var closes = quotes.Select((q, order) => (q.End, order)).ToLookup(e => e.End);
        var text = new StringBuilder(body.Length + quotes.Count * 24);
        for (int i = 0; i <= body.Length; i++)
        {
            foreach (var _ in closes[i].OrderByDescending(e => e.order))
            {
                text.Append('}');
            }
            foreach (var (_, _, quote) in opens[i].OrderBy(e => e.order))
            {
                text.Append(Header(quote));
            }
            if (i < body.Length)
            {
                char c = body[i];
                if (c is '\\' or '{' or '}')
                {
                    text.Append('\\');
                }
                text.Append(c);
            }
        }
        return text.ToString();
    }

    private static string Header(QuoteToWrite quote)
    {
        var header = new StringBuilder("{@").Append(string.Join(",", quote.Speakers));
        if (quote.Id is { } id)
        {
            header.Append('#').Append(id);
        }
        if (quote.IsIndirect)
        {
            header.Append(":indirect");
        }
        return header.Append(' ').ToString();
    }
}
