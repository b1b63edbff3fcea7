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
internal sealed class BratAnnReader
{
    private readonly string _displayPath;
    private readonly int _textLength;
    private readonly List<BratQuote> _quotes = new();
    private readonly Dictionary<string, BratQuote> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _otherTextBound = new(StringComparer.Ordinal);

    // Attributes and normalizations may come before the annotation they name: applied at the end.
    private readonly List<(AnnLine Line, string Target, Action<BratQuote> Apply)> _references = new();

    private BratAnnReader(string displayPath, int textLength)
    {
        _displayPath = displayPath;
        _textLength = textLength;
    }

    /// <param name="displayPath">The file as messages name it.</param>
    /// <param name="textLength">The length of the document text in code points, which every span must lie within.</param>
    public static List<BratQuote> Read(string ann, string displayPath, int textLength)
    {
        var reader = new BratAnnReader(displayPath, textLength);
        string[] lines = ann.Split('\n');
        for (int index = 0; index < lines.Length; index++)
        {
            string text = lines[index].TrimEnd('\r');
            if (text.Length > 0)
            {
                reader.ReadLine(new AnnLine(displayPath, index + 1, text));
            }
        }
        return reader.Finish();
    }

    private void ReadLine(AnnLine line)
    {
        switch (line.Id[0])
        {
            case 'T':
                TextBound(line);
                break;
            case 'A' or 'M':
                Attribute(line);
                break;
            case 'N':
                Normalization(line);
                break;
            case 'R' or 'E' or '*' or '#':
                break;
            default:
                throw line.Fail($"'{line.Id}' is not a brat annotation id (T, A, M, N, R, E, * or #, then a number)");
        }
    }

    private void TextBound(AnnLine line)
    {
        if (line.Fields.Length < 3 || line.Parts.Length < 3)
        {
            throw line.Fail("a text-bound annotation needs a type, offsets and the text (T1<tab>Quote 0 5<tab>text)");
        }
        if (line.Parts[0] != BratNames.Quote)
        {
            _otherTextBound.Add(line.Id);
            return;
        }
        var (start, end) = Span(string.Join(" ", line.Parts, 1, line.Parts.Length - 1))
            ?? throw line.Fail($"offsets must be 'start end' pairs within the text's {_textLength} characters");
        var quote = new BratQuote(line.Id, start, end, line.Number);
        if (!_byId.TryAdd(quote.AnnotationId, quote))
        {
            throw line.Fail($"the id {quote.AnnotationId} is used twice");
        }
        _quotes.Add(quote);
    }

    private void Attribute(AnnLine line)
    {
        var parts = line.Parts;
        if (parts.Length < 2)
        {
            throw line.Fail("an attribute needs a name and a target (A1<tab>Kind T1 Indirect)");
        }
        if (parts[0] == BratNames.Kind)
        {
            bool indirect = parts.Length > 2 && parts[2] == BratNames.Indirect;
            if (parts.Length > 2 && !indirect && parts[2] != BratNames.Direct)
            {
                throw line.Fail($"Kind is {BratNames.Direct} or {BratNames.Indirect}");
            }
            _references.Add((line, parts[1], quote => quote.IsIndirect = indirect));
        }
        else if (parts[0] == BratNames.QuoteId)
        {
            if (parts.Length < 3)
            {
                throw line.Fail("QuoteId needs a value (A2<tab>QuoteId T1 low-trust)");
            }
            string id = parts[2];
            _references.Add((line, parts[1], quote => quote.QuoteId = id));
        }
    }

    private void Normalization(AnnLine line)
    {
        var parts = line.Parts;
        if (parts.Length < 3 || parts[2].IndexOf(':') <= 0)
        {
            throw line.Fail("a normalization needs a type, a target and a database:id (N1<tab>Reference T1 Verbatim:tillerson<tab>name)");
        }
        string speaker = parts[2].Substring(parts[2].IndexOf(':') + 1);
        if (speaker.Length == 0)
        {
            throw line.Fail("the speaker id after the database name is empty");
        }
        string? name = line.Fields.Length > 2 && line.Fields[2].Trim().Length > 0 ? line.Fields[2].Trim() : null;
        _references.Add((line, parts[1], quote =>
        {
            quote.Speakers.Add(speaker);
            if (name is not null)
            {
                quote.SpeakerNames.TryAdd(speaker, name);
            }
        }));
    }

    private List<BratQuote> Finish()
    {
        foreach (var (line, target, apply) in _references)
        {
            if (_byId.TryGetValue(target, out var quote))
            {
                apply(quote);
            }
            else if (target.StartsWith('T') && !_otherTextBound.Contains(target))
            {
                throw CliException.Input($"{_displayPath}({line.Number}): refers to {target}, which no line of the file defines.");
            }
        }
        foreach (var quote in _quotes)
        {
            if (quote.Speakers.Count == 0)
            {
                throw CliException.Input($"{_displayPath}({quote.Line}): the quote {quote.AnnotationId} has no speaker; give it one with a line such as 'N1<tab>{BratNames.Reference} {quote.AnnotationId} {BratNames.SpeakerDatabase}:speaker-id<tab>Name'.");
            }
        }
        return _quotes;
    }

    // "0 5" or "0 5;7 9": the first start and the last end, each fragment in order and in range.
    private (int Start, int End)? Span(string offsets)
    {
        int first = -1, last = -1;
        foreach (string fragment in offsets.Split(';'))
        {
            string[] pair = fragment.Split(' ');
            if (pair.Length != 2
                || !int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                || end < start || end > _textLength || start < last)
            {
                return null;
            }
            first = first < 0 ? start : first;
            last = end;
        }
        return (first, last);
    }

    /// <summary>One non-empty line: its id, the tab-separated fields, the space-separated parts of the second.</summary>
    private sealed class AnnLine
    {
        private readonly string _displayPath;
        private readonly string _text;

        public AnnLine(string displayPath, int number, string text)
        {
            _displayPath = displayPath;
            _text = text;
            Number = number;
            Fields = text.Split('\t');
            if (Fields.Length < 2 || Fields[0].Length < 1)
            {
                throw Fail("not a brat annotation line (expected an id, a tab, then the annotation)");
            }
            Parts = Fields[1].Split(' ');
        }

        public int Number { get; }

        public string Id => Fields[0];

        public string[] Fields { get; }

        public string[] Parts { get; }

        public CliException Fail(string why)
        {
            string shown = _text.Length <= 80 ? _text : _text.Substring(0, 77) + "...";
            return CliException.Input($"{_displayPath}({Number}): {why}: {shown}");
        }
    }
}
