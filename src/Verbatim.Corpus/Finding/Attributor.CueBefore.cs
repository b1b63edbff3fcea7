namespace Verbatim.Corpus.Finding;

/// <summary>Rule 2 of <see cref="Attributor"/>: a cue before the opening mark, in the same sentence.</summary>
internal sealed partial class Attributor
{
    // 2. "X said, “…”", "X told a news conference: “…”", "X said the facts were “…”", "according to X, “…”".
    private Attribution? BeforeCue(int q)
    {
        int o = _open[q];
        int depth = _tokens[o].Depth;
        int zoneStart = ZoneStart(o, depth);
        for (int v = o - 1; v >= zoneStart; v--)
        {
            _counter.Count();
            if ((IsWord(v, "according") || IsWord(v, "According")) && IsWord(v + 1, "to") && MentionFrom(v + 2, depth) is { } source && SpeakerOf(source, q) is { } according)
            {
                return new Attribution(according, v, source.End, OnlyPunctuationBetween(source.End, o));
            }
            if (!IsVerb(v))
            {
                continue;
            }
            if (MentionBefore(v, zoneStart, depth) is { } subject && SpeakerOf(subject, q) is { } speaker)
            {
                return new Attribution(speaker, subject.First, v + 1, OnlyPunctuationBetween(v + 1, o));
            }
            if (NamedAfterVerb(v, depth) is { } named && named.End <= o && SpeakerOf(named, q) is { } spoken)
            {
                return new Attribution(spoken, v, named.End, OnlyPunctuationBetween(named.End, o));
            }
            if (FirstMention(zoneStart, v, depth) is { } first && SpeakerOf(first, q) is { } sentenceSubject)
            {
                return new Attribution(sentenceSubject, first.First, v + 1, OnlyPunctuationBetween(v + 1, o));
            }
            // The nearest verb's sentence names no one: earlier verbs of it name no one either.
            break;
        }
        // "Mr. Peskov's answer: “…”": a colon introduction without a verb.
        if (o > zoneStart && _tokens[o - 1].Kind == TokenKind.Colon && FirstMention(zoneStart, o, depth) is { } introduced && SpeakerOf(introduced, q) is { } intro)
        {
            return new Attribution(intro, introduced.First, introduced.End, Adjacent: true);
        }
        return null;
    }
}
