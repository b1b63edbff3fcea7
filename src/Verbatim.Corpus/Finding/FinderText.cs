using System.Collections.Generic;

namespace Verbatim.Corpus.Finding;

/// <summary>
/// The text the finder reads: a whole corpus file (so every offset it reports is a file offset),
/// the part of it that is the body, the annotations to leave alone, and whether the corpus
/// format's escapes apply (they do in an article, not in a raw article being drafted).
/// </summary>
internal sealed class FinderText
{
    public FinderText(string text, int start, IReadOnlyList<SkippedRange> skipped, bool hasMarkup)
    {
        Text = text;
        Start = start;
        End = text.Length;
        Skipped = skipped;
        HasMarkup = hasMarkup;
    }

    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>Annotations, in text order, none inside another.</summary>
    public IReadOnlyList<SkippedRange> Skipped { get; }

    public bool HasMarkup { get; }

    /// <summary>Steps taken over this text, counted so tests can check the work grows with the text and no faster.</summary>
    public long Steps { get; private set; }

    public void Count() => Steps++;

    /// <summary>True at a backslash that escapes the next character (<c>\{ \} \\</c>), or one written before a quotation mark to keep it literal.</summary>
    public bool IsEscape(int i) =>
        HasMarkup && Text[i] == '\\' && i + 1 < End && (Text[i + 1] is '{' or '}' or '\\' || QuoteMarks.IsMark(Text[i + 1]));

    /// <summary>
    /// True when the line break at <paramref name="i"/> ends a paragraph; <paramref name="next"/> is
    /// where the next paragraph's text starts. A blank line always does; so does a single line break
    /// between the end of a sentence and a capital or an opening mark (<paramref name="soft"/>), as
    /// texts with one paragraph a line are written. Line breaks inside a sentence wrap it.
    /// </summary>
    public bool IsParagraphEnd(int i, out int next, out bool soft)
    {
        bool blankLine = false;
        next = i + 1;
        while (next < End && char.IsWhiteSpace(Text[next]))
        {
            blankLine |= Text[next] == '\n';
            next++;
        }
        soft = false;
        if (blankLine || next >= End)
        {
            return true;
        }
        int before = i - 1;
        while (before >= Start && char.IsWhiteSpace(Text[before]))
        {
            before--;
        }
        char last = before >= Start ? Text[before] : '\0';
        char first = Text[next];
        soft = last is '.' or '!' or '?' or '”' or '"' or '’' or '»' or ':' && (char.IsUpper(first) || first is '“' or '"' or '«' or '‘');
        if (!soft)
        {
            next = i + 1;
        }
        return soft;
    }
}
