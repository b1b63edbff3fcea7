namespace Verbatim.Corpus.Finding;

/// <summary>What a quotation says and whether it reads as a statement rather than a title.</summary>
internal sealed partial class Attributor
{
    private int WordsInside(int q)
    {
        int words = 0;
        for (int t = _open[q] + 1; t < _close[q]; t++)
        {
            words += _tokens[t].Kind == TokenKind.Word ? 1 : 0;
        }
        return words;
    }

    // “The 12 Chairs”: capitalised words with no sentence punctuation read as a title, not a statement.
    private bool ReadsAsTitle(int q)
    {
        int words = 0;
        int end = _close[q] - 1 > _open[q] && _tokens[_close[q] - 1].Kind == TokenKind.Comma ? _close[q] - 1 : _close[q];
        for (int t = _open[q] + 1; t < end; t++)
        {
            var token = _tokens[t];
            if (token.Kind is TokenKind.Comma or TokenKind.Stop or TokenKind.Colon || ++words > 10)
            {
                return false;
            }
            if (token.Kind == TokenKind.Word && (words == 1 || token.Length > 3) && !char.IsUpper(_text[token.Start]) && !char.IsDigit(_text[token.Start]))
            {
                return false;
            }
        }
        return true;
    }

    private string Inside(int q)
    {
        var quotation = _quotations[q];
        int start = quotation.Start + 1, end = quotation.Closed ? quotation.End - 1 : quotation.End;
        return _text.Substring(start, end - start).Trim();
    }
}
