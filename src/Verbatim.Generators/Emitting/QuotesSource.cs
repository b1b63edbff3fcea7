using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary><c>Verbatim.Quotes.g.cs</c>: <c>Quotes.All</c> and the quote table (every article's quotes, in the order of <c>Articles.All</c>).</summary>
internal static class QuotesSource
{
    public const string HintName = "Verbatim.Quotes.g.cs";

    public static string Emit(EmitOptions options, SpeakerSet speakers, ImmutableArray<ArticleQuotes> articles)
    {
        var speakerIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < speakers.Speakers.Count; i++)
        {
            speakerIndex[speakers.Speakers[i].Id] = i;
        }

        var table = new DataTableWriter();
        foreach (var article in ArticleOrder.Sort(articles, article => article.ArticleId))
        {
            table.Int(article.Quotes.Count);
            foreach (var quote in article.Quotes)
            {
                table.Text(quote.Id).Int(quote.Speakers.Count);
                foreach (var speaker in quote.Speakers)
                {
                    table.Int(speakerIndex[speaker.Id]);
                }
                table.Int((int)quote.Kind).Int(quote.Start).Int(quote.Length).Int(quote.Line).Int(quote.Parent).Text(quote.Text);
            }
        }

        var writer = GeneratedFile.Begin(options);
        writer.OpenEntryClass(options, "Quotes", "The quotes of the corpus.", "Quote",
                "Every quote, in the order of <see cref=\"Articles.All\"/>, then document order.")
            .Close()
            .Line()
            .Open("internal static partial class VerbatimData")
            .Table(options, "QuoteTable", table)
            .Close();
        return GeneratedFile.End(writer);
    }
}
