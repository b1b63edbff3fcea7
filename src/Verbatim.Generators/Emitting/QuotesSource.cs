using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary><c>Verbatim.Quotes.NN.g.cs</c>: one slice of the quote table (see <see cref="QuoteSlice"/>).</summary>
internal static class QuotesSource
{
    /// <summary>The <c>VerbatimData</c> method that returns a slice.</summary>
    public static string TableMember(int slice) => "QuoteTable" + slice.ToString(CultureInfo.InvariantCulture);

    /// <summary>About how many characters of table a quote takes besides its text.</summary>
    private const int NumbersPerQuote = 40;

    public static SourceText Emit(EmitOptions options, SpeakerSet speakers, QuoteSlice slice)
    {
        int quotes = 0, textLength = 0;
        foreach (var article in slice.Articles)
        {
            foreach (var quote in article.Quotes)
            {
                quotes++;
                textLength += quote.Text.Length;
            }
        }

        var writer = GeneratedFile.Begin(options, 512 + textLength + (quotes * NumbersPerQuote));
        writer.Open("internal static partial class VerbatimData");
        // The slice starts with its number of quotes, so the loader sizes the corpus' quote list at once.
        var table = writer.StartSliceTable(TableMember(slice.Index), options.UseUtf8Literals).Int(quotes);
        foreach (var article in slice.Articles)
        {
            table.Int(article.Quotes.Count);
            foreach (var quote in article.Quotes)
            {
                table.Text(quote.Id).Int(quote.Speakers.Count);
                foreach (var speaker in quote.Speakers)
                {
                    table.Int(speakers.IndexOf(speaker.Id));
                }
                table.Int((int)quote.Kind).Int(quote.Start).Int(quote.Length).Int(quote.Line).Int(quote.Parent).Int(quote.Sic ? 1 : 0).Text(quote.Text);
            }
        }
        writer.EndTable(table).Close();
        return GeneratedFile.End(writer);
    }

    // The loader's reading of a slice (ModelSource.Loader.cs places it): it must match what Emit writes per article.

    /// <summary>Reads an article's quotes and their speakers; <c>Graph</c> members.</summary>
    public static string Reader(string hot) => $$"""
                /// <summary>An article's quotes, from its part of a quote table slice; each is also put in <paramref name="allQuotes"/>.</summary>
                {{hot}}private static Quote[] ReadQuotes(ref TableReader quoteTable, Article article, Speaker[] speakers, Quote[] allQuotes, ref int quoteAt)
                {
                    var quotes = new Quote[quoteTable.ReadInt()];
                    global::System.Collections.Generic.List<Quote>?[]? nested = null;
                    for (int q = 0; q < quotes.Length; q++)
                    {
                        string? id = quoteTable.ReadNullableText();
                        var quoteSpeakers = ReadQuoteSpeakers(ref quoteTable, speakers);
                        var kind = (QuoteKind)quoteTable.ReadInt();
                        int start = quoteTable.ReadInt();
                        int length = quoteTable.ReadInt();
                        int line = quoteTable.ReadInt();
                        int parent = quoteTable.ReadInt();
                        bool isSic = quoteTable.ReadInt() != 0;
                        var quote = new Quote(id, article, quoteSpeakers, quoteTable.ReadText(), kind, start, length, parent < 0 ? null : quotes[parent], line, isSic);
                        quotes[q] = quote;
                        allQuotes[quoteAt++] = quote;
                        if (parent >= 0)
                        {
                            nested = nested ?? new global::System.Collections.Generic.List<Quote>?[quotes.Length];
                            (nested[parent] ?? (nested[parent] = new global::System.Collections.Generic.List<Quote>())).Add(quote);
                        }
                    }
                    for (int q = 0; nested != null && q < quotes.Length; q++)
                    {
                        var children = nested[q];
                        if (children != null)
                        {
                            quotes[q].Attach(ReadOnly(children.ToArray()));
                        }
                    }
                    return quotes;
                }

                /// <summary>A quote of one speaker shares that speaker's list of itself; only joint quotes get a list of their own.</summary>
                {{hot}}private static global::System.Collections.Generic.IReadOnlyList<Speaker> ReadQuoteSpeakers(ref TableReader table, Speaker[] speakers)
                {
                    int count = table.ReadInt();
                    if (count == 1)
                    {
                        return speakers[table.ReadInt()].Alone;
                    }
                    var quoteSpeakers = new Speaker[count];
                    for (int s = 0; s < count; s++)
                    {
                        quoteSpeakers[s] = speakers[table.ReadInt()];
                    }
                    return ReadOnly(quoteSpeakers);
                }
        """;
}
