namespace Verbatim.Corpus.Finding;

internal enum TokenKind : byte
{
    Word,
    Comma,
    Colon,
    /// <summary>The end of a sentence: <c>.</c>, <c>!</c>, <c>?</c> or <c>;</c> outside an abbreviation.</summary>
    Stop,
    Dash,
    Other,
    Paragraph,
    /// <summary>The opening mark of a found quotation (<see cref="Token.Quotation"/> says which).</summary>
    Open,
    /// <summary>The closing mark of a found quotation, or where one that runs on to the next paragraph ends.</summary>
    Close,
    /// <summary>A whole annotation: one token, its speaker known.</summary>
    Annotation,
}

/// <param name="Depth">How many found quotations enclose the token (0: the narrative).</param>
/// <param name="Quotation">For <see cref="TokenKind.Open"/> and <see cref="TokenKind.Close"/>, the quotation's index; for an annotation, its index in the skipped ranges.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, int Depth, int Quotation)
{
    public int End => Start + Length;
}
