using System;
using System.Collections.Generic;
using System.Globalization;
using Verbatim.Cli.Infrastructure;

namespace Verbatim.Cli.Brat;

/// <summary>
/// Reads a brat <c>.ann</c> file (https://brat.nlplab.org/standoff.html): the <c>Quote</c>
/// text-bound annotations with their <c>Kind</c> and <c>QuoteId</c> attributes and their
/// speaker normalizations. Other annotation types (relations, events, notes, other entities)
/// are allowed and skipped; a line that is not brat standoff stops the import with its file and line.
/// </summary>
internal static class BratAnnReader
{
    /// <param name="displayPath">The file as messages name it.</param>
    /// <param name="textLength">The length of the document text in code points, which every span must lie within.</param>
    public static List<BratQuote> Read(string ann, string displayPath, int textLength)
    {
        var quotes = new List<BratQuote>();
        var byId = new Dictionary<string, BratQuote>(StringComparer.Ordinal);
        var references = new List<(int Line, string Target, Action<BratQuote> Apply)>();
        string[] lines = ann.Split('\n');
        for (int index = 0; index < lines.Length; index++)
        {
            int lineNumber = index + 1;
            string line = lines[index].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }
            var fail = (string why) => CliException.Input($"{displayPath}({lineNumber}): {why}: {Shorten(line)}");
            string[] fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length < 1)
            {
                throw fail("not a brat annotation line (expected an id, a tab, then the annotation)");
            }
            string[] parts = fields[1].Split(' ');
            switch (fields[0][0])
            {
                case 'T':
                    if (fields.Length < 3 || parts.Length < 3)
                    {
                        throw fail("a text-bound annotation needs a type, offsets and the text (T1<tab>Quote 0 5<tab>text)");
                    }
                    if (parts[0] == BratNames.Quote)
                    {
                        var (start, end) = Span(string.Join(" ", parts, 1, parts.Length - 1), textLength) ?? throw fail($"offsets must be 'start end' pairs within the text's {textLength} characters");
                        var quote = new BratQuote(fields[0], start, end, lineNumber);
                        if (!byId.TryAdd(quote.AnnotationId, quote))
                        {
                            throw fail($"the id {quote.AnnotationId} is used twice");
                        }
                        quotes.Add(quote);
                    }
                    break;
                case 'A' or 'M':
                    if (parts.Length < 2)
                    {
                        throw fail("an attribute needs a name and a target (A1<tab>Kind T1 Indirect)");
                    }
                    if (parts[0] == BratNames.Kind)
                    {
                        bool indirect = parts.Length > 2 && parts[2] == BratNames.Indirect;
                        if (parts.Length > 2 && !indirect && parts[2] != BratNames.Direct)
                        {
                            throw fail($"Kind is {BratNames.Direct} or {BratNames.Indirect}");
                        }
                        references.Add((lineNumber, parts[1], quote => quote.IsIndirect = indirect));
                    }
                    else if (parts[0] == BratNames.QuoteId)
                    {
                        if (parts.Length < 3)
                        {
                            throw fail("QuoteId needs a value (A2<tab>QuoteId T1 low-trust)");
                        }
                        string id = parts[2];
                        references.Add((lineNumber, parts[1], quote => quote.QuoteId = id));
                    }
                    break;
                case 'N':
                    if (parts.Length < 3 || parts[2].IndexOf(':') <= 0)
                    {
                        throw fail("a normalization needs a type, a target and a database:id (N1<tab>Reference T1 Verbatim:tillerson<tab>name)");
                    }
                    string speaker = parts[2].Substring(parts[2].IndexOf(':') + 1);
                    if (speaker.Length == 0)
                    {
                        throw fail("the speaker id after the database name is empty");
                    }
                    string? name = fields.Length > 2 && fields[2].Trim().Length > 0 ? fields[2].Trim() : null;
                    references.Add((lineNumber, parts[1], quote =>
                    {
                        quote.Speakers.Add(speaker);
                        if (name is not null)
                        {
                            quote.SpeakerNames.TryAdd(speaker, name);
                        }
                    }));
                    break;
                case 'R' or 'E' or '*' or '#':
                    break;
                default:
                    throw fail($"'{fields[0]}' is not a brat annotation id (T, A, M, N, R, E, * or #, then a number)");
            }
        }
        foreach (var (line, target, apply) in references)
        {
            if (byId.TryGetValue(target, out var quote))
            {
                apply(quote);
            }
            else if (target.StartsWith('T') && !IsOtherTextBound(target, lines))
            {
                throw CliException.Input($"{displayPath}({line}): refers to {target}, which no line of the file defines.");
            }
        }
        foreach (var quote in quotes)
        {
            if (quote.Speakers.Count == 0)
            {
                throw CliException.Input($"{displayPath}({quote.Line}): the quote {quote.AnnotationId} has no speaker; give it one with a line such as 'N1<tab>{BratNames.Reference} {quote.AnnotationId} {BratNames.SpeakerDatabase}:speaker-id<tab>Name'.");
            }
        }
        return quotes;
    }

    // "0 5" or "0 5;7 9": the first start and the last end, each fragment in order and in range.
    private static (int Start, int End)? Span(string offsets, int textLength)
    {
        int first = -1, last = -1;
        foreach (string fragment in offsets.Split(';'))
        {
            string[] pair = fragment.Split(' ');
            if (pair.Length != 2
                || !int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                || end < start || end > textLength || start < last)
            {
                return null;
            }
            first = first < 0 ? start : first;
            last = end;
        }
        return (first, last);
    }

    // An attribute of a text-bound annotation of another type (not a quote) is skipped, not an error.
    private static bool IsOtherTextBound(string target, string[] lines) =>
        Array.Exists(lines, line => line.StartsWith(target + "\t", StringComparison.Ordinal));

    private static string Shorten(string line) => line.Length <= 80 ? line : line.Substring(0, 77) + "...";
}
