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
        var table = writer.StartSliceTable(TableMember(slice.Index), options.UseUtf8Literals);
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

    /// <summary>
    /// Reads a quote's text, on first use, from its place in its article's quote table slice; a <c>VerbatimData</c> member.
    /// Left to tiered compilation: compiled optimized at once, it cost a 1,000-article walk more than it saved (docs/performance.md, "The first walk").
    /// </summary>
    public const string TextReader = """
            internal static string QuoteText(int slice, int position) => new TableReader(QuoteTable(slice), position).ReadText();
        """;

    /// <summary>Reads an article's quotes and their speakers (not their texts, see <see cref="TextReader"/>); <c>Graph</c> members.</summary>
    public static string Reader(string hot) => $$"""
                /// <summary>An article's quotes, from its part of a quote table slice.</summary>
                {{hot}}private static Quote[] ReadQuotes(ref TableReader quoteTable, Article article, Speaker[] speakers)
                {
                    var quotes = new Quote[quoteTable.ReadInt()];
                    global::System.Collections.Generic.List<Quote>?[]? nested = null;
                    for (int q = 0; q < quotes.Length; q++)
                    {
                        string? id = quoteTable.ReadNullableText();
                        var speaker = ReadQuoteSpeakers(ref quoteTable, speakers, out var jointSpeakers);
                        var kind = (QuoteKind)quoteTable.ReadInt();
                        int start = quoteTable.ReadInt();
                        int length = quoteTable.ReadInt();
                        int line = quoteTable.ReadInt();
                        int parent = quoteTable.ReadInt();
                        bool isSic = quoteTable.ReadInt() != 0;
                        var quote = new Quote(id, article, speaker, jointSpeakers, quoteTable.Position, kind, start, length, parent < 0 ? null : quotes[parent], line, isSic);
                        quoteTable.SkipText();
                        quotes[q] = quote;
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

                /// <summary>A quote's first speaker; only a joint quote gets a list of its speakers (<paramref name="joint"/>), a quote of one speaker none.</summary>
                {{hot}}private static Speaker ReadQuoteSpeakers(ref TableReader table, Speaker[] speakers, out global::System.Collections.Generic.IReadOnlyList<Speaker>? joint)
                {
                    int count = table.ReadInt();
                    if (count == 1)
                    {
                        joint = null;
                        return speakers[table.ReadInt()];
                    }
                    var quoteSpeakers = new Speaker[count];
                    for (int s = 0; s < count; s++)
                    {
                        quoteSpeakers[s] = speakers[table.ReadInt()];
                    }
                    joint = ReadOnly(quoteSpeakers);
                    return quoteSpeakers[0];
                }
        """;
}
