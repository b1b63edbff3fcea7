namespace Verbatim.Corpus.Finding;

/// <summary>Where the speaker sits around a speech verb: the subject before it, the name after it, past adverbs and asides.</summary>
internal sealed partial class Attributor
{
    // "said Mr. Lavrov", "said Jane Doe, a spokeswoman": a name after the verb that ends the clause.
    // After "told" or "asked" the name is the listener, and in "saying Russia has" the subject of what was said.
    private Mention? NamedAfterVerb(int verb, int depth)
    {
        if (IsListenerVerb(verb) || MentionFrom(verb + 1, depth) is not { } named)
        {
            return null;
        }
        int after = named.End;
        if (after >= _tokens.Count || _tokens[after].Kind is not TokenKind.Word)
        {
            return named;
        }
        return IsWord(after, "on") || IsWord(after, "in") || IsWord(after, "at") || IsWord(after, "during") || IsWord(after, "after") || IsWord(after, "when")
            ? named
            : null;
    }

    private bool IsListenerVerb(int t) =>
        IsWord(t, "told") || IsWord(t, "tell") || IsWord(t, "tells") || IsWord(t, "telling")
        || IsWord(t, "asked") || IsWord(t, "ask") || IsWord(t, "asks") || IsWord(t, "asking");

    private int AfterAppositive(int at, int depth)
    {
        if (!IsKind(at, TokenKind.Comma, depth))
        {
            return at;
        }
        for (int k = at + 1; k < _tokens.Count && k - at < AppositiveReach && _tokens[k].Depth == depth; k++)
        {
            if (_tokens[k].Kind == TokenKind.Comma)
            {
                return k + 1;
            }
            if (_tokens[k].Kind is not (TokenKind.Word or TokenKind.Other))
            {
                break;
            }
        }
        return at;
    }

    // "Mr. Lavrov also said": the subject just before the verb, past a couple of adverbs or a ", the foreign minister," aside.
    private Mention? MentionBefore(int verb, int zoneStart, int depth)
    {
        int k = verb - 1;
        for (int skipped = 0; skipped < 2 && k >= zoneStart && IsAdverb(k); skipped++)
        {
            k--;
        }
        if (k >= zoneStart && _mentions.EndingAt[k] is >= 0 and var direct && _mentions.All[direct].First >= zoneStart)
        {
            return _mentions.All[direct];
        }
        if (k >= zoneStart && _tokens[k].Kind == TokenKind.Comma)
        {
            for (int c = k - 1; c > zoneStart && k - c < AppositiveReach; c--)
            {
                if (_tokens[c].Kind == TokenKind.Comma)
                {
                    return _mentions.EndingAt[c - 1] is >= 0 and var aside && _mentions.All[aside].First >= zoneStart ? _mentions.All[aside] : null;
                }
                if (_tokens[c].Kind is not (TokenKind.Word or TokenKind.Other) || _tokens[c].Depth != depth)
                {
                    break;
                }
            }
        }
        return null;
    }

    private Mention? MentionFrom(int at, int depth)
    {
        if (!IsWordAt(at, depth))
        {
            return null;
        }
        int m = _mentions.StartingAt[at];
        return m >= 0 ? _mentions.All[m] : null;
    }

    private Mention? FirstMention(int from, int to, int depth)
    {
        for (int t = from; t < to; t++)
        {
            if (_tokens[t].Depth == depth && _mentions.StartingAt[t] is >= 0 and var m && _mentions.All[m].Kind != MentionKind.Unknown && _mentions.All[m].End <= to)
            {
                return _mentions.All[m];
            }
        }
        return null;
    }

    private int SkipAdverbs(int k, int depth)
    {
        for (int skipped = 0; skipped < 2 && IsWordAt(k, depth) && IsAdverb(k); skipped++)
        {
            k++;
        }
        return k;
    }

    // Lowercase words between a subject and its verb: "also", "later", "has", "had".
    private static readonly WordSet s_adverbs = new(new[]
    {
        "also", "later", "then", "again", "has", "had", "have", "would", "will", "once", "previously", "earlier",
        "recently", "repeatedly", "quickly", "simply", "flatly", "bluntly", "was", "is",
    });

    private bool IsAdverb(int t) =>
        t >= 0 && t < _tokens.Count && _tokens[t].Kind == TokenKind.Word && char.IsLower(_text[_tokens[t].Start])
        && _mentions.StartingAt[t] < 0 && s_adverbs.Contains(_text, _tokens[t].Start, _tokens[t].Length);
}
