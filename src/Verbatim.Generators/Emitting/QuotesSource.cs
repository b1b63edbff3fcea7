using System.Globalization;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary><c>Verbatim.Quotes.NN.g.cs</c>: one slice of the quote table (see <see cref="QuoteBucket"/>).</summary>
internal static class QuotesSource
{
    public static string HintName(QuoteBucket bucket) => "Verbatim.Quotes." + bucket.Index.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>The <c>VerbatimData</c> member that holds a slice.</summary>
    public static string TableMember(int bucket) => "QuoteTable" + bucket.ToString(CultureInfo.InvariantCulture);

    public static string Emit(EmitOptions options, SpeakerSet speakers, QuoteBucket bucket)
    {
        var table = new DataTableWriter();
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
                table.Int((int)quote.Kind).Int(quote.Start).Int(quote.Length).Int(quote.Line).Int(quote.Parent).Text(quote.Text);
            }
        }

        var writer = GeneratedFile.Begin(options);
        writer.Open("internal static partial class VerbatimData")
            .Table(options, TableMember(bucket.Index), table)
            .Close();
        return GeneratedFile.End(writer);
    }
}
