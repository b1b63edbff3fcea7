using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Verbatim.Cli.Infrastructure;
using Verbatim.Cli.Model;
using Verbatim.Corpus.Model;

namespace Verbatim.Cli.Export;

/// <summary>
/// <c>quotes.jsonl</c>: one JSON object per quote, in corpus order (articles by id, quotes in
/// document order, an outer quote before its nested ones), the shape quotation corpora such as
/// Quotebank publish. Offsets count code points of the article body (see <see cref="CodePoints"/>).
/// </summary>
internal static class JsonLinesExport
{
    public const string FileName = "quotes.jsonl";

    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<OutputFile> Export(CorpusModel corpus)
    {
        var text = new StringBuilder();
        var buffer = new MemoryStream();
        foreach (var article in corpus.Articles)
        {
            var offsets = new CodePoints(article.Body);
            for (int index = 0; index < article.Quotes.Count; index++)
            {
                buffer.SetLength(0);
                using (var json = new Utf8JsonWriter(buffer, s_options))
                {
                    WriteQuote(json, corpus, article, index, offsets);
                }
                text.Append(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).Append('\n');
            }
        }
        return new[] { new OutputFile(FileName, text.ToString()) };
    }

    private static void WriteQuote(Utf8JsonWriter json, CorpusModel corpus, ArticleSpec article, int index, CodePoints offsets)
    {
        var quote = article.Quotes[index];
        json.WriteStartObject();
        json.WriteString("article", article.Id);
        json.WriteString("article_title", article.Title);
        WriteNullable(json, "outlet", article.Outlet);
        WriteNullable(json, "date", article.Published?.ToString());
        WriteNullable(json, "quote_id", quote.Id);
        json.WriteNumber("index", index);
        if (quote.Parent >= 0)
        {
            json.WriteNumber("parent", quote.Parent);
        }
        else
        {
            json.WriteNull("parent");
        }
        json.WriteStartArray("speaker_ids");
        foreach (var speaker in quote.Speakers)
        {
            json.WriteStringValue(speaker.Id);
        }
        json.WriteEndArray();
        json.WriteStartArray("speaker_names");
        foreach (var speaker in quote.Speakers)
        {
            if (corpus.Speaker(speaker.Id) is { } defined)
            {
                json.WriteStringValue(defined.Name);
            }
            else
            {
                json.WriteNullValue();
            }
        }
        json.WriteEndArray();
        json.WriteString("kind", quote.Kind == QuoteKind.Direct ? "direct" : "indirect");
        json.WriteString("text", quote.Text);
        json.WriteString("path", article.Path);
        json.WriteNumber("line", quote.Line);
        json.WriteNumber("start", offsets.FromUtf16(quote.Start));
        json.WriteNumber("end", offsets.FromUtf16(quote.Start + quote.Length));
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
