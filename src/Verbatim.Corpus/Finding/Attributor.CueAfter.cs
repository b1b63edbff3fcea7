namespace Verbatim.Corpus.Finding;

/// <summary>Rule 1 of <see cref="Attributor"/>: a cue right after the closing mark.</summary>
internal sealed partial class Attributor
{
    // 1. "“…,” Mr. Lavrov said", "“…,” said Mr. Lavrov", "“…,” according to Mr. Lavrov".
    private Attribution? AfterCue(int q)
    {
        int c = _close[q];
        int depth = _tokens[c].Depth;
        if (EndsWithFullStop(q))
        {
            return null;
        }
        int j = c + 1;
        while (j < _tokens.Count && j - c <= 2 && _tokens[j].Kind is TokenKind.Comma or TokenKind.Dash)
        {
            j++;
        }
        if (!IsWordAt(j, depth))
        {
            return null;
        }
        bool adjacent = true;
        if (IsVerb(j) && NamedAfterVerb(j, depth) is { } named && SpeakerOf(named, q) is { } spoken)
        {
            return new Attribution(spoken, j, named.End, adjacent);
        }
        if (IsWord(j, "according") && IsWord(j + 1, "to") && MentionFrom(j + 2, depth) is { } source && SpeakerOf(source, q) is { } according)
        {
            return new Attribution(according, j, source.End, adjacent);
        }
        if (MentionFrom(j, depth) is { } subject)
        {
            int k = AfterAppositive(subject.End, depth);
            k = SkipAdverbs(k, depth);
            if (k - j < AfterReach && IsVerb(k) && SpeakerOf(subject, q) is { } speaker)
            {
                return new Attribution(speaker, j, k + 1, adjacent);
            }
        }
        return null;
    }
}
