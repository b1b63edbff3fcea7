using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Parsing;

/// <summary>
/// Reads an article body: removes the annotation markup and resolves escapes to produce the
/// plain body, and records each annotation as a quote over that body. Nesting is tracked with an
/// explicit stack, so depth costs no call stack.
/// </summary>
internal static class AnnotationParser
{
    // Markup, and CR: the body's line ends are LF whatever the file uses, so generated code is
    // the same bytes for a corpus checked out with CRLF or LF.
    private static readonly char[] s_stops = { '\\', '{', '}', '\r' };

    public static unsafe (string Body, EquatableArray<QuoteSpec> Quotes, EquatableArray<int> Breaks) Parse(
        string text, int bodyStart, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        // The body is never longer than the text after the front matter (markup and escapes only shrink it).
        int capacity = text.Length - bodyStart;
        if (capacity <= BodyBuffer.MaxStackCharacters)
        {
            char* chars = stackalloc char[capacity];
            var body = new BodyBuffer(chars, capacity);
            return Parse(text, bodyStart, ref body, diagnostics, cancellationToken);
        }
        fixed (char* chars = new char[capacity])
        {
            var body = new BodyBuffer(chars, capacity);
            return Parse(text, bodyStart, ref body, diagnostics, cancellationToken);
        }
    }

    private static (string Body, EquatableArray<QuoteSpec> Quotes, EquatableArray<int> Breaks) Parse(
        string text, int bodyStart, ref BodyBuffer body, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var scratch = AnnotationScratch.Take();
        try
        {
            return Parse(text, bodyStart, ref body, scratch, diagnostics, cancellationToken);
        }
        finally
        {
            scratch.Clear();
        }
    }

    private static (string Body, EquatableArray<QuoteSpec> Quotes, EquatableArray<int> Breaks) Parse(
        string text, int bodyStart, ref BodyBuffer body, AnnotationScratch scratch, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var drafts = scratch.Drafts;
        var open = scratch.Open;
        // Four entries per annotation (its opening and its closing), two per escape or CR.
        var breaks = scratch.Breaks;
        breaks.Add(0);
        breaks.Add(bodyStart);
        int i = bodyStart;
        while (i < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int next = text.IndexOfAny(s_stops, i);
            if (next < 0)
            {
                body.Append(text, i, text.Length - i);
                break;
            }
            body.Append(text, i, next - i);
            i = next;
            char following = i + 1 < text.Length ? text[i + 1] : '\0';
            if (text[i] == '\r')
            {
                body.Append('\n');
                i += following == '\n' ? 2 : 1;
                breaks.Add(body.Length);
                breaks.Add(i);
            }
            else if (text[i] == '\\')
            {
                // Only \{ \} \\ are escapes; a backslash before anything else is itself text.
                bool escape = following is '{' or '}' or '\\';
                body.Append(escape ? following : '\\');
                i += escape ? 2 : 1;
                breaks.Add(body.Length);
                breaks.Add(i);
            }
            else if (text[i] == '{' && following == '@')
            {
                var draft = Open(text, i, open.Count == 0 ? null : open.Peek(), body.Length, diagnostics);
                drafts.Add(draft);
                open.Push(draft);
                i = draft.Header.ContentStart;
                breaks.Add(body.Length);
                breaks.Add(i);
            }
            else if (text[i] == '{')
            {
                body.Append('{');
                i++;
            }
            else if (open.Count > 0)
            {
                open.Pop().BodyEnd = body.Length;
                i++;
                breaks.Add(body.Length);
                breaks.Add(i);
            }
            else
            {
                diagnostics.Add(DiagnosticIds.MalformedAnnotation, CorpusMessages.StrayBrace, i, 1);
                body.Append('}');
                i++;
            }
        }
        // Unterminated annotations run to the end of the text, so the body still reads as written;
        // they are reported outermost first, in document order.
        var unterminated = open.Count == 0 ? null : open.ToArray();
        for (int k = (unterminated?.Length ?? 0) - 1; k >= 0; k--)
        {
            var draft = unterminated![k];
            diagnostics.Add(DiagnosticIds.MalformedAnnotation, CorpusMessages.UnterminatedAnnotation, draft.OpenAt, 2);
            draft.IsQuote = false;
            draft.BodyEnd = body.Length;
        }
        string plain = body.ToString();
        return (plain, QuoteDraft.ToQuotes(drafts, plain, diagnostics), new EquatableArray<int>(breaks.ToArray()));
    }

    private static QuoteDraft Open(string text, int at, QuoteDraft? parent, int bodyStart, DiagnosticBag diagnostics)
    {
        var header = AnnotationHeader.Read(text, at, diagnostics);
        var draft = new QuoteDraft(header, at, parent, bodyStart);
        if (parent is not null && parent.Depth >= CorpusLimits.MaxAnnotationDepth)
        {
            draft.IsTooDeep = true;
            draft.IsQuote = false;
            if (!parent.IsTooDeep)
            {
                diagnostics.Add(DiagnosticIds.MalformedAnnotation, CorpusMessages.AnnotationTooDeep(CorpusLimits.MaxAnnotationDepth), at, 2);
            }
        }
        return draft;
    }
}
