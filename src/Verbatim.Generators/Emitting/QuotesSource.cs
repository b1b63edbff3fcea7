using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary><c>Verbatim.Quotes.NN.g.cs</c>: one slice of the quote table (see <see cref="QuoteSlice"/>).</summary>
internal static class QuotesSource
{
    /// <summary>The <c>VerbatimData</c> member that holds a slice.</summary>
    public static string TableMember(int bucket) => "QuoteTable" + bucket.ToString(CultureInfo.InvariantCulture);

    /// <summary>About how many characters of table a quote takes besides its text.</summary>
    private const int NumbersPerQuote = 40;

    public static SourceText Emit(EmitOptions options, SpeakerSet speakers, QuoteSlice bucket)
    {
        int quotes = 0, textLength = 0;
        foreach (var article in bucket.Articles)
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
        var table = writer.StartTable(TableMember(bucket.Index), options.UseUtf8Literals).Int(quotes);
        foreach (var article in bucket.Articles)
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
}
