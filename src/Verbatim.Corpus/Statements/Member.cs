using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Statements;

/// <summary>A quote in a statement, with the words of it that belong there.</summary>
internal sealed class Member
{
    private string? _text;

    public Member(LinkQuote quote, int from, int to, bool wholeCompound)
    {
        (Quote, From, To, WholeCompound) = (quote, from, to, wholeCompound);
        Comparable = quote.Signature.Kind == QuoteKind.Direct && to - from >= StatementLinker.MinExcerptWords;
    }

    public LinkQuote Quote { get; }

    public int From { get; }

    public int To { get; }

    /// <summary>A compound quote as a whole, in the statement its own links put it in.</summary>
    public bool WholeCompound { get; }

    /// <summary>Direct words that can be compared with other outlets' (not a paraphrase, not one or two words).</summary>
    public bool Comparable { get; }

    /// <summary>True when both print the same wording: the same word ids, or (neither comparable) the same text.</summary>
    public bool SameWording(Member other)
    {
        if (Comparable != other.Comparable)
        {
            return false;
        }
        if (!Comparable)
        {
            return string.Equals(Text, other.Text, System.StringComparison.Ordinal);
        }
        if (To - From != other.To - other.From)
        {
            return false;
        }
        int[] mine = Quote.Words, theirs = other.Quote.Words;
        for (int w = 0; w < To - From; w++)
        {
            if (mine[From + w] != theirs[other.From + w])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A hash of the wording <see cref="SameWording"/> compares.</summary>
    public int WordingHash()
    {
        if (!Comparable)
        {
            return Text.GetHashCode();
        }
        uint hash = 2166136261;
        for (int w = From; w < To; w++)
        {
            hash = unchecked((hash ^ (uint)Quote.Words[w]) * 16777619);
        }
        return unchecked((int)hash);
    }

    /// <summary>The words as printed: made only for the members a statement shows (a wording's first) and those compared by their text (not <see cref="Comparable"/>).</summary>
    public string Text => _text ??= From == 0 && To == Quote.Words.Length || !Comparable
        ? QuoteText.Of(Quote.Signature.Body, Quote.Signature.ContentStart, Quote.Signature.ContentLength)
        : Printed(From, To);

    /// <summary>The printed characters from the first word of <c>[from, to)</c> (of the whole quote) to the last.</summary>
    public string Printed(int from, int to)
    {
        var s = Quote.Signature;
        int start = s.WordPlace(from).Start, end = s.WordPlace(to - 1).Start + s.WordPlace(to - 1).Length;
        return s.Body.Substring(s.ContentStart + start, end - start);
    }
}
