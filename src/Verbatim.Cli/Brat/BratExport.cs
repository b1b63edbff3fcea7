using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Verbatim.Cli.Infrastructure;
using Verbatim.Cli.Model;
using Verbatim.Corpus.Model;

namespace Verbatim.Cli.Brat;

/// <summary>
/// brat standoff: per article, <c>id.txt</c> (the body) and <c>id.ann</c> with one text-bound
/// <c>Quote</c> annotation per quote (offsets in code points, as brat counts them; a span across
/// lines is split into one fragment per line, as brat writes them), its kind and quote id as
/// attributes, and each speaker as a normalization to the <c>Verbatim</c> database of speaker ids.
/// </summary>
internal static class BratExport
{
    public static IReadOnlyList<OutputFile> Export(CorpusModel corpus)
    {
        var files = new List<OutputFile>();
        foreach (var article in corpus.Articles)
        {
            files.Add(new OutputFile(article.Id + BratNames.TextExtension, article.Body));
            files.Add(new OutputFile(article.Id + BratNames.AnnotationExtension, Annotations(corpus, article)));
        }
        files.Add(new OutputFile(BratNames.CorpusFile, BratCorpusFile.From(corpus).ToJson()));
        files.Add(new OutputFile(BratNames.AnnotationConfig, AnnotationConfig));
        return files;
    }

    private static string Annotations(CorpusModel corpus, ArticleSpec article)
    {
        var ann = new StringBuilder();
        var offsets = new CodePoints(article.Body);
        int attribute = 0, normalization = 0;
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            string t = "T" + (i + 1).ToString(CultureInfo.InvariantCulture);
            var fragments = Fragments(article.Body, quote.Start, quote.Start + quote.Length);
            string spans = string.Join(";", fragments.Select(f => $"{offsets.FromUtf16(f.Start)} {offsets.FromUtf16(f.End)}"));
            string text = string.Join(" ", fragments.Select(f => article.Body.Substring(f.Start, f.End - f.Start)));
            ann.Append(t).Append('\t').Append(BratNames.Quote).Append(' ').Append(spans).Append('\t').Append(text).Append('\n');
            string kind = quote.Kind == QuoteKind.Direct ? BratNames.Direct : BratNames.Indirect;
            ann.Append($"A{++attribute}\t{BratNames.Kind} {t} {kind}\n");
            if (quote.Id is { } id)
            {
                ann.Append($"A{++attribute}\t{BratNames.QuoteId} {t} {id}\n");
            }
            foreach (var speaker in quote.Speakers)
            {
                string name = corpus.Speaker(speaker.Id)?.Name ?? speaker.Id;
                ann.Append($"N{++normalization}\t{BratNames.Reference} {t} {BratNames.SpeakerDatabase}:{speaker.Id}\t{OneLine(name)}\n");
            }
        }
        return ann.ToString();
    }

    /// <summary>The span cut at line breaks, without empty pieces; one empty fragment for an empty span.</summary>
    private static List<(int Start, int End)> Fragments(string body, int start, int end)
    {
        var fragments = new List<(int, int)>();
        int from = start;
        for (int i = start; i <= end; i++)
        {
            if (i == end || body[i] == '\n')
            {
                if (i > from)
                {
                    fragments.Add((from, i));
                }
                from = i + 1;
            }
        }
        if (fragments.Count == 0)
        {
            fragments.Add((start, start));
        }
        return fragments;
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');

    private const string AnnotationConfig =
        "# brat's configuration for Verbatim's export (see docs/cli.md).\n"
        + "[entities]\nQuote\n\n[relations]\n\n[events]\n\n"
        + "[attributes]\nKind\tArg:Quote, Value:Direct|Indirect\nQuoteId\tArg:Quote\n";
}
