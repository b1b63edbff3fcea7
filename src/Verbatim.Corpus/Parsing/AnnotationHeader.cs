using System.Collections.Generic;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Parsing;

/// <summary>
/// Reads an annotation's header, <c>{@</c> speaker-id (<c>,</c> speaker-id)* [<c>#</c> quote-id]
/// [<c>:</c> kind] [<c>!sic</c>] and one space, reporting every mistake in it (VQ0002) and always finding where
/// the content starts, so the rest of the article is still read. A struct, held by its draft: every
/// annotation of the corpus is read, and an object for each header was one more per quote.
/// </summary>
internal struct AnnotationHeader
{
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private int _position;

    private AnnotationHeader(string text, int position, DiagnosticBag diagnostics)
    {
        _text = text;
        _position = position;
        _diagnostics = diagnostics;
        Line = diagnostics.Lines.LineOf(position);
    }

    /// <summary>The 0-based line of the <c>{@</c>, which holds the whole header: a token ends at white space, line breaks included.</summary>
    public int Line { get; }

    /// <summary>The span of <paramref name="length"/> characters of the header from <paramref name="start"/>.</summary>
    public SourceSpan SpanOf(int start, int length) => _diagnostics.Lines.SpanOnLine(Line, start, length);

    /// <summary>The valid speaker ids, in the order written.</summary>
    public EquatableArray<SpeakerReference> Speakers { get; private set; } = EquatableArray<SpeakerReference>.Empty;

    public string? QuoteId { get; private set; }

    public int QuoteIdStart { get; private set; }

    public QuoteKind Kind { get; private set; }

    /// <summary>True when the header ends with <c>!sic</c>: the author checked that the outlet printed these words so.</summary>
    public bool Sic { get; private set; }

    /// <summary>False when the header has a mistake: the annotation's content is still read, but it is no quote.</summary>
    public bool IsValid { get; private set; } = true;

    /// <summary>Offset in the file of the content's first character.</summary>
    public int ContentStart { get; private set; }

    /// <summary>Reads the header whose <c>{@</c> is at <paramref name="start"/>.</summary>
    public static AnnotationHeader Read(string text, int start, DiagnosticBag diagnostics)
    {
        var header = new AnnotationHeader(text, start + 2, diagnostics);
        header.ReadSpeakers();
        if (header.Peek() == '#')
        {
            header._position++;
            header.ReadQuoteId();
        }
        if (header.Peek() == ':')
        {
            header._position++;
            header.ReadKind();
            if (header.Peek() == '#')
            {
                header.Fail(CorpusMessages.QuoteIdAfterKind, header._position, 1);
                header._position++;
                header.ReadQuoteId();
            }
        }
        if (header.Peek() == '!')
        {
            header._position++;
            header.ReadMark();
        }
        header.ReadSeparator();
        return header;
    }

    // Nearly every annotation names one speaker: that one is kept on its own, and a list is made
    // only for a second, so the usual header allocates just the array it ends with.
    private void ReadSpeakers()
    {
        SpeakerReference? first = null;
        List<SpeakerReference>? all = null;
        while (true)
        {
            var (start, end) = ReadToken();
            if (start == end)
            {
                Fail(CorpusMessages.EmptySpeaker, start, _position < _text.Length ? 1 : 0);
            }
            else if (Token(start, end) is var id && IdGrammar.IsValid(id))
            {
                var speaker = new SpeakerReference(id, SpanOf(start, end - start));
                if (first is null)
                {
                    first = speaker;
                }
                else
                {
                    (all ??= new List<SpeakerReference> { first.Value }).Add(speaker);
                }
            }
            else
            {
                Fail(CorpusMessages.InvalidSpeakerId(id), start, end - start);
            }
            if (Peek() != ',')
            {
                break;
            }
            _position++;
        }
        if (all is not null)
        {
            Speakers = new EquatableArray<SpeakerReference>(all.ToArray());
        }
        else if (first is { } only)
        {
            Speakers = new EquatableArray<SpeakerReference>(new[] { only });
        }
    }

    private void ReadQuoteId()
    {
        var (start, end) = ReadToken();
        if (start == end)
        {
            Fail(CorpusMessages.EmptyQuoteId, start - 1, 1);
        }
        else if (Token(start, end) is var id && IdGrammar.IsValid(id))
        {
            QuoteId = id;
            QuoteIdStart = start;
        }
        else
        {
            Fail(CorpusMessages.InvalidQuoteId(id), start, end - start);
        }
    }

    private void ReadKind()
    {
        var (start, end) = ReadToken();
        string kind = Token(start, end);
        if (string.Equals(kind, "direct", System.StringComparison.OrdinalIgnoreCase))
        {
            Kind = QuoteKind.Direct;
        }
        else if (string.Equals(kind, "indirect", System.StringComparison.OrdinalIgnoreCase))
        {
            Kind = QuoteKind.Indirect;
        }
        else if (start == end)
        {
            Fail(CorpusMessages.UnknownKind(kind), start - 1, 1);
        }
        else
        {
            Fail(CorpusMessages.UnknownKind(kind), start, end - start);
        }
    }

    private void ReadMark()
    {
        var (start, end) = ReadToken();
        string mark = Token(start, end);
        if (string.Equals(mark, "sic", System.StringComparison.OrdinalIgnoreCase))
        {
            Sic = true;
        }
        else
        {
            Fail(CorpusMessages.UnknownMark(mark), start == end ? start - 1 : start, start == end ? 1 : end - start);
        }
    }

    // Exactly one space separates header and content; without it the content starts right here.
    private void ReadSeparator()
    {
        if (Peek() == ' ')
        {
            ContentStart = _position + 1;
            return;
        }
        Fail(CorpusMessages.MissingSpace, _position, _position < _text.Length ? 1 : 0);
        ContentStart = _position;
    }

    /// <summary>
    /// Reads a token up to the next separator or the first character that can start the content,
    /// so a mistyped id (<c>ti$llerson</c>) is one token to report, not a cascade of mistakes.
    /// </summary>
    private (int Start, int End) ReadToken()
    {
        int start = _position;
        while (_position < _text.Length && !StartsContentOrEndsToken(_text[_position]))
        {
            _position++;
        }
        return (start, _position);
    }

    private static bool StartsContentOrEndsToken(char c) =>
        c is '\0' or ',' or '#' or ':' or '!' or '{' or '}' or '\\' or '“' or '"' or '‘' or '\'' or '«' or '„'
        || char.IsWhiteSpace(c);

    private string Token(int start, int end) => _text.Substring(start, end - start);

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void Fail(string message, int start, int length)
    {
        IsValid = false;
        _diagnostics.Add(DiagnosticIds.MalformedAnnotation, message, start, length);
    }
}
