using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Verbatim.Cli.Infrastructure;
using Verbatim.Cli.Model;
using Verbatim.Cli.Writing;

namespace Verbatim.Cli.Brat;

/// <summary>
/// brat standoff back into a corpus: <c>articles/name.article.md</c> per <c>.ann</c>/<c>.txt</c>
/// pair and one <c>corpus.speakers.yaml</c>. Front matter and speaker fields come from
/// <c>corpus.json</c> when the folder has one (a Verbatim export does); without it, an article's
/// title is its name and a speaker's name is the text of its normalization line.
/// </summary>
internal static class BratImport
{
    public const string RegistryFile = "corpus.speakers.yaml";
    public const string ArticlesFolder = "articles";

    public static IReadOnlyList<OutputFile> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw CliException.Input($"The folder '{folder}' does not exist.");
        }
        var annotationFiles = Directory.GetFiles(folder, "*" + BratNames.AnnotationExtension)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        if (annotationFiles.Count == 0)
        {
            throw CliException.Input($"No brat annotation files (*{BratNames.AnnotationExtension}) in '{folder}'.");
        }
        string corpusPath = Path.Combine(folder, BratNames.CorpusFile);
        var metadata = File.Exists(corpusPath) ? BratCorpusFile.Parse(ReadText(corpusPath), corpusPath) : new BratCorpusFile(Array.Empty<BratArticle>(), Array.Empty<BratSpeaker>());
        var articles = metadata.Articles.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);

        var files = new List<OutputFile>();
        var speakerNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var annPath in annotationFiles)
        {
            string name = Path.GetFileNameWithoutExtension(annPath);
            var document = ReadDocument(folder, annPath, name);
            foreach (var (id, speakerName) in document.Quotes.SelectMany(q => q.SpeakerNames))
            {
                speakerNames.TryAdd(id, speakerName);
            }
            var article = articles.TryGetValue(name, out var known) ? known : new BratArticle(name, name, null, null, null, null);
            string path = ArticlesFolder + "/" + name + ".article.md";
            files.Add(new OutputFile(path, ArticleFileWriter.Write(article, document.Text, ToWrite(document, annPath))));
        }

        var defined = metadata.Speakers.Select(s => s.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var referenced = speakerNames
            .Where(pair => !defined.Contains(pair.Key))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new BratSpeaker(pair.Key, pair.Value, null, null, "person", null));
        files.Add(new OutputFile(RegistryFile, RegistryFileWriter.Write(metadata.Speakers.Concat(referenced))));
        return files;
    }

    private static BratDocument ReadDocument(string folder, string annPath, string name)
    {
        string txtPath = Path.Combine(folder, name + BratNames.TextExtension);
        if (!File.Exists(txtPath))
        {
            throw CliException.Input($"'{annPath}' has no text file beside it ('{name}{BratNames.TextExtension}').");
        }
        string text = ReadText(txtPath);
        if (text.Contains('\r'))
        {
            throw CliException.Input($"'{txtPath}' has CR line ends; corpus bodies use LF, so its offsets would not match. Convert it to LF first (dos2unix).");
        }
        var quotes = BratAnnReader.Read(ReadText(annPath), annPath, new CodePoints(text).Count);
        return new BratDocument(name, text, quotes);
    }

    // Annotations nest, brat spans need not: order outer before inner and refuse spans that cross.
    private static List<QuoteToWrite> ToWrite(BratDocument document, string annPath)
    {
        var offsets = new CodePoints(document.Text);
        var ordered = document.Quotes
            .Select((quote, order) => (Quote: quote, Order: order, Start: offsets.ToUtf16(quote.Start), End: offsets.ToUtf16(quote.End)))
            .OrderBy(q => q.Start).ThenByDescending(q => q.End).ThenBy(q => q.Order)
            .ToList();
        var open = new Stack<(BratQuote Quote, int End)>();
        foreach (var (quote, _, start, end) in ordered)
        {
            while (open.Count > 0 && open.Peek().End <= start)
            {
                open.Pop();
            }
            if (open.Count > 0 && end > open.Peek().End)
            {
                throw CliException.Input($"{annPath}({quote.Line}): {quote.AnnotationId} overlaps {open.Peek().Quote.AnnotationId} without lying inside it; Verbatim's quotes nest.");
            }
            open.Push((quote, end));
        }
        return ordered.Select(q => new QuoteToWrite(q.Start, q.End, q.Quote.Speakers, q.Quote.QuoteId, q.Quote.IsIndirect)).ToList();
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CliException.Input($"Cannot read '{path}': {exception.Message}");
        }
    }
}
