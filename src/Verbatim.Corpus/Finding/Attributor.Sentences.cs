namespace Verbatim.Corpus.Finding;

/// <summary>Where a quotation's sentence starts and ends, and whether a cue touches the quotation.</summary>
internal sealed partial class Attributor
{
    // Where the sentence holding token o starts, at most BeforeReach tokens back: after a full stop or a
    // paragraph break, or at the opening of the quotation this one is inside. An earlier quotation of
    // the same sentence is passed over, unless it ended the sentence ("… on.” He floated …").
    private int ZoneStart(int o, int depth)
    {
        int t = o - 1;
        while (t >= 0 && o - t <= BeforeReach)
        {
            _counter.Count();
            var token = _tokens[t];
            if (token.Depth < depth || token.Kind is TokenKind.Stop or TokenKind.Paragraph or TokenKind.Open)
            {
                break;
            }
            if (token.Kind == TokenKind.Close)
            {
                if (EndsSentence(t))
                {
                    break;
                }
                t = _open[token.Quotation];
            }
            t--;
        }
        return t + 1;
    }

    // “… as well.” Lavrov said: a quoted sentence ended by a full stop is followed by a sentence of its own
    // (after “…?” or “…!” the cue still follows).
    private bool EndsWithFullStop(int q)
    {
        int close = _close[q];
        return close > 0 && _tokens[close - 1].Kind == TokenKind.Stop && _text[_tokens[close - 1].Start] == '.';
    }

    private bool EndsSentence(int close) =>
        close > 0 && _tokens[close - 1].Kind == TokenKind.Stop
        && close + 1 < _tokens.Count && (_tokens[close + 1].Kind == TokenKind.Open || (_tokens[close + 1].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[close + 1].Start])));

    private bool OnlyPunctuationBetween(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (_tokens[t].Kind is not (TokenKind.Comma or TokenKind.Colon or TokenKind.Dash))
            {
                return false;
            }
        }
        return to - from <= 2;
    }
}
