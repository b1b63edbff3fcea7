namespace Verbatim.Corpus.Finding;

/// <summary>Rule 4 of <see cref="Attributor"/>: no cue, so the sentence's subject or the nearest speaker before it; also the backward search pronouns use.</summary>
internal sealed partial class Attributor
{
    // 4. No cue: the subject of the quotation's sentence ("He floated the theory that “…”"), or the
    // nearest speaker before it: for a quotation that opens its sentence (the second half of a split
    // quote, a paragraph of quotes) up to a paragraph back, otherwise in its own paragraph.
    private Attribution? FromContext(int q)
    {
        int o = _open[q];
        int depth = _tokens[o].Depth;
        if (depth > 0)
        {
            return null;
        }
        int zoneStart = ZoneStart(o, depth);
        if (FirstMention(zoneStart, o, depth) is { } subject)
        {
            return SpeakerOf(subject, q) is { } speaker ? new Attribution(speaker, subject.First, subject.End, Adjacent: false) : null;
        }
        bool opensSentence = true;
        for (int t = zoneStart; t < o && opensSentence; t++)
        {
            opensSentence = !(_tokens[t].Kind == TokenKind.Word && _tokens[t].Depth == depth);
        }
        // Mid-sentence with no one named in the sentence: only a speaker of the same paragraph.
        return Nearest(o, depth, fits: _ => true, paragraphs: opensSentence ? 1 : 0);
    }

    /// <summary>
    /// The nearest speaker before token <paramref name="from"/> that <paramref name="fits"/>: a
    /// quotation already attributed or an annotation at once; otherwise the sentence's subject (its
    /// first name), sentence by sentence backwards.
    /// </summary>
    private Attribution? Nearest(int from, int depth, System.Func<Speaker, bool> fits, int paragraphs)
    {
        int crossed = 0;
        Attribution? subject = null, speakerLike = null;
        for (int t = from - 1, budget = BackReach; t >= 0 && budget > 0; t--, budget--)
        {
            _counter.Count();
            var token = _tokens[t];
            if (token.Depth > depth)
            {
                continue;
            }
            switch (token.Kind)
            {
                case TokenKind.Stop or TokenKind.Paragraph when subject is not null:
                    return speakerLike ?? subject;
                case TokenKind.Paragraph when ++crossed > paragraphs:
                    return null;
                case TokenKind.Close:
                    if (_attributions[token.Quotation] is { } earlier && fits(earlier.Speaker))
                    {
                        return earlier with { Adjacent = false };
                    }
                    t = _open[token.Quotation];
                    continue;
                case TokenKind.Annotation when AnnotatedSpeaker(token) is { } annotated && fits(annotated):
                    return new Attribution(annotated, t, t + 1, Adjacent: false);
            }
            int m = _mentions.EndingAt[t];
            if (m >= 0)
            {
                var mention = _mentions.All[m];
                if (mention.Kind != MentionKind.Pronoun && Known(mention) is { } speaker && fits(speaker))
                {
                    bool spoke = IsVerb(SkipAdverbs(mention.End, depth));
                    subject = new Attribution(speaker, mention.First, spoke ? SkipAdverbs(mention.End, depth) + 1 : mention.End, Adjacent: false);
                    speakerLike = spoke && speakerLike is null ? subject : speakerLike;
                }
                t = mention.First;
            }
        }
        return speakerLike ?? subject;
    }
}
