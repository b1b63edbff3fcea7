using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SampleCorpus.Corpus;

namespace SampleCorpus.Report;

/// <summary>One quote as a line of JSON (<c>--json</c>), for other tools.</summary>
internal sealed record QuoteLine(
    string Article,
    string? Outlet,
    string? Id,
    string SpeakerId,
    string SpeakerName,
    IReadOnlyList<string> SpeakerIds,
    string Kind,
    string Text,
    int Line);

[JsonSerializable(typeof(QuoteLine))]
internal sealed partial class QuoteLineJsonContext : JsonSerializerContext;

/// <summary>Writes every quote of the corpus as JSON Lines, in <c>Quotes.All</c> order.</summary>
internal static class QuoteJsonLines
{
    // The output is data for tools, never HTML, so text stays readable: “”, ’ and — unescaped.
    private static readonly QuoteLineJsonContext Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static QuoteLine ToLine(Quote quote) => new(
        quote.Article.Id,
        quote.Article.Outlet,
        quote.Id,
        quote.Speaker.Id,
        quote.Speaker.Name,
        quote.Speakers.Select(s => s.Id).ToList(),
        quote.Kind == QuoteKind.Direct ? "direct" : "indirect",
        quote.Text,
        quote.Line);

    public static void Write(TextWriter output, IEnumerable<Quote> quotes)
    {
        foreach (var quote in quotes)
        {
            output.WriteLine(JsonSerializer.Serialize(ToLine(quote), Json.QuoteLine));
        }
    }
}
