using System;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// What linking needs of one quote, compared with no regard to where it stands in the article: a
/// prose edit outside the quote leaves it equal, so an incremental pipeline stops there. Word
/// offsets count from the start of the quote's content (<see cref="Content"/>). A signature lives as long as the
/// run that made it, so it is a few flat objects, not one per word: the words' texts are one
/// string, their facts one array of values, and the content is a place in the article's body
/// (which the run keeps anyway), compared by its characters, not copied out.
/// </summary>
/// <param name="Index">The quote's place in <see cref="ArticleSpec.Quotes"/>.</param>
/// <param name="Id">The quote id, or null.</param>
/// <param name="Speakers">The speaker ids, lower-cased (ids compare case-insensitively).</param>
/// <param name="Kind">Only direct quotes link by their words.</param>
/// <param name="Sic">True when the annotation says the outlet printed these words so.</param>
/// <param name="Body">The article's body, where the quote's content is: only <see cref="Content"/>'s characters count in equality.</param>
/// <param name="ContentStart">Where the content starts in <paramref name="Body"/>.</param>
/// <param name="ContentLength">How long the content is.</param>
/// <param name="Text">The normalized words (<see cref="StatementWords"/>), one space between each two (no word holds one).</param>
/// <param name="Words">Each normalized word's hash (where it was printed is <see cref="WordPlace"/>).</param>
/// <param name="Nested">The word ranges of nested quotes, as start and end pairs: their words are other speakers'.</param>
/// <param name="Gaps">The words an ellipsis or the editor's bracketed words stand before (<see cref="StatementWord.AfterGap"/>), ascending.</param>
/// <param name="Continues">The quote of the same article this one continues, a sentence split around the attribution
/// (<c>“We will,” he said, “do it.”</c>), or -1.</param>
public sealed record QuoteSignature(
    int Index,
    string? Id,
    EquatableArray<string> Speakers,
    QuoteKind Kind,
    bool Sic,
    string Body,
    int ContentStart,
    int ContentLength,
    string Text,
    EquatableArray<SignatureWord> Words,
    EquatableArray<int> Nested,
    EquatableArray<int> Gaps,
    int Continues)
{
    // Where each word was printed, a start and a length a word: read again from the content when
    // first asked for, since only the quotes a statement shows need it. Not part of the value.
    private int[]? _places;

    // A copy (`with`) reads its places again: its content may be another.
    private QuoteSignature(QuoteSignature original)
    {
        (Index, Id, Speakers, Kind, Sic) = (original.Index, original.Id, original.Speakers, original.Kind, original.Sic);
        (Body, ContentStart, ContentLength, Text) = (original.Body, original.ContentStart, original.ContentLength, original.Text);
        (Words, Nested, Gaps, Continues) = (original.Words, original.Nested, original.Gaps, original.Continues);
    }

    /// <summary>The quote's content, as printed (markup removed), as a string of its own.</summary>
    public string Content => Body.Substring(ContentStart, ContentLength);

    /// <summary>The content's character <paramref name="index"/>.</summary>
    public char ContentAt(int index) => Body[ContentStart + index];

    /// <summary>Equal when every field is, the content by its characters wherever it stands in its body.</summary>
    public bool Equals(QuoteSignature? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Index == other.Index
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Speakers.Equals(other.Speakers)
            && Kind == other.Kind
            && Sic == other.Sic
            && ContentLength == other.ContentLength
            && string.CompareOrdinal(Body, ContentStart, other.Body, other.ContentStart, ContentLength) == 0
            && string.Equals(Text, other.Text, StringComparison.Ordinal)
            && Words.Equals(other.Words)
            && Nested.Equals(other.Nested)
            && Gaps.Equals(other.Gaps)
            && Continues == other.Continues);

    // The words stand for the content (they are read from it): equal signatures hash alike.
    public override int GetHashCode() => unchecked((((Index * 31) + (int)Kind) * 31) + Text.GetHashCode());

    /// <summary>
    /// Where word <paramref name="word"/> was printed in <see cref="Content"/> (for a contraction,
    /// both its words point at it).
    /// </summary>
    public (int Start, int Length) WordPlace(int word)
    {
        var places = _places ??= ReadPlaces();
        return (places[2 * word], places[(2 * word) + 1]);
    }

    private int[] ReadPlaces()
    {
        var reader = new WordReader();
        StatementWords.Read(Body, ContentStart, ContentLength, reader);
        var places = new int[2 * reader.Count];
        for (int w = 0; w < reader.Count; w++)
        {
            (places[2 * w], places[(2 * w) + 1]) = (reader.Start(w), reader.Length(w));
        }
        return places;
    }

    /// <summary>The normalized words <c>[from, to)</c>, one space between each two.</summary>
    public string TextOf(int from, int to)
    {
        if (to <= from)
        {
            return string.Empty;
        }
        int start = TextStartOf(from), last = TextStartOf(to - 1);
        return Text.Substring(start, last + TextLengthAt(last) - start);
    }

    /// <summary>True when this signature's word <paramref name="word"/> is <paramref name="other"/>'s word <paramref name="otherWord"/>.</summary>
    internal bool SameWord(int word, QuoteSignature other, int otherWord)
    {
        int mine = TextStartOf(word), theirs = other.TextStartOf(otherWord);
        int length = TextLengthAt(mine);
        return length == other.TextLengthAt(theirs) && string.CompareOrdinal(Text, mine, other.Text, theirs, length) == 0;
    }

    /// <summary>How long the normalized word that starts at <paramref name="start"/> of <see cref="Text"/> is: up to the next space.</summary>
    internal int TextLengthAt(int start)
    {
        int space = Text.IndexOf(' ', start);
        return (space < 0 ? Text.Length : space) - start;
    }

    // Where word `word` starts in Text: after as many spaces (a scan, for the few callers that do not read the words in order).
    private int TextStartOf(int word)
    {
        int start = 0;
        for (int w = 0; w < word; w++)
        {
            start = Text.IndexOf(' ', start) + 1;
        }
        return start;
    }
}

/// <summary>The signatures of one article's quotes, in document order.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Quotes">One signature per quote of the article.</param>
public sealed record ArticleSignature(string ArticleId, EquatableArray<QuoteSignature> Quotes);
