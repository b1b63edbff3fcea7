namespace Verbatim.Corpus.Finding;

/// <summary>Rule 3 of <see cref="Attributor"/>: a cue later in the sentence, past words that follow the quotation.</summary>
internal sealed partial class Attributor
{
    // 3. "“…” that the attack was planned, Tillerson said": a cue later in the same sentence.
    private Attribution? LaterInSentence(int q)
    {
        int depth = _tokens[_close[q]].Depth;
        if (EndsWithFullStop(q))
        {
            return null;
        }
        for (int t = _close[q] + 1; t < _tokens.Count && t - _close[q] <= BeforeReach; t++)
        {
            _counter.Count();
            var token = _tokens[t];
            if (token.Depth < depth || token.Kind is TokenKind.Stop or TokenKind.Paragraph or TokenKind.Open)
            {
                return null;
            }
            if (IsVerb(t) && !IsVerb(t - 1))
            {
                if (MentionBefore(t, _close[q] + 1, depth) is { } subject && SpeakerOf(subject, q) is { } speaker)
                {
                    return new Attribution(speaker, subject.First, t + 1, Adjacent: false);
                }
                if (NamedAfterVerb(t, depth) is { } named && SpeakerOf(named, q) is { } spoken)
                {
                    return new Attribution(spoken, t, named.End, Adjacent: false);
                }
                return null;
            }
        }
        return null;
    }
}
