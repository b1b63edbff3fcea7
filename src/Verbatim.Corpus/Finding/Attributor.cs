using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Finding;

/// <summary>
/// Decides who spoke each quotation, from the few tokens around it, in this order:
/// <list type="number">
/// <item>a cue right after the closing mark: <c>“…,” Mr. Lavrov said</c>, <c>“…,” said Jane Doe, a spokeswoman</c>, <c>according to X</c>;</item>
/// <item>a cue before it in the same sentence: <c>X said, “…”</c>, <c>X told a news conference: “…”</c>, <c>X said the deal was “…”</c>;</item>
/// <item>for a quotation that opens its sentence with no cue of its own (the second half of a split quote, a colon
/// introduction, a paragraph of quotes): the nearest speaker before it, at most a paragraph back.</item>
/// </list>
/// A pronoun in a cue goes to the nearest speaker before it whose gender and kind fit. A name no
/// registry defines becomes a proposed new speaker, its role taken from the words set off beside it.
/// Every look is bounded (a few dozen tokens), so the work per quotation is constant.
/// </summary>
internal sealed class Attributor
{
    private const int AfterReach = 16, BeforeReach = 64, BackReach = 160, AppositiveReach = 16;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<Quotation> _quotations;
    private readonly Mentions _mentions;
    private readonly SpeakerIndex _index;
    private readonly FinderText _counter;
    private readonly int[] _open;
    private readonly int[] _close;
    private readonly Attribution?[] _attributions;
    // A pronoun is resolved once, however many rules ask about it.
    private readonly Dictionary<int, Speaker?> _pronouns = new();
    private readonly Dictionary<string, Speaker> _newBySurname = new(System.StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _takenIds = new(System.StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _indexById = new(System.StringComparer.OrdinalIgnoreCase);

    public Attributor(FinderText text, List<Token> tokens, List<Quotation> quotations, Mentions mentions, SpeakerIndex index)
    {
        _text = text.Text;
        _tokens = tokens;
        _quotations = quotations;
        _mentions = mentions;
        _index = index;
        _counter = text;
        _open = new int[quotations.Count];
        _close = new int[quotations.Count];
        _attributions = new Attribution?[quotations.Count];
        for (int t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind == TokenKind.Open)
            {
                _open[tokens[t].Quotation] = t;
            }
            else if (tokens[t].Kind == TokenKind.Close)
            {
                _close[tokens[t].Quotation] = t;
            }
        }
        for (int i = 0; i < index.Speakers.Count; i++)
        {
            _takenIds.Add(index.Speakers[i].Id);
            _indexById[index.Speakers[i].Id] = i;
        }
    }

    public FoundQuotation Attribute(int q)
    {
        var attribution = AfterCue(q) ?? BeforeCue(q) ?? LaterInSentence(q) ?? FromContext(q);
        _attributions[q] = attribution;
        int words = WordsInside(q);
        bool statement = words >= 3 ? !ReadsAsTitle(q) : attribution is { Adjacent: true } && words > 0;
        var quotation = _quotations[q];
        return new FoundQuotation(
            quotation.Start,
            quotation.End - quotation.Start,
            Inside(q),
            statement,
            quotation.Parent,
            attribution?.Speaker.Proposed,
            attribution is { } a ? Collapsed(_tokens[a.CueFirst].Start, _tokens[a.CueEnd - 1].End) : null,
            Alternatives(q, attribution?.Speaker.Proposed.Id));
    }

    /// <summary>A transcript's turn: the words after "Name:" are that speaker's.</summary>
    public FoundQuotation Turn(TranscriptTurns.Turn turn)
    {
        var speaker = Defined(turn.Speaker).Proposed;
        string words = _text.Substring(turn.ContentStart, turn.ContentEnd - turn.ContentStart);
        string cue = Collapsed(_tokens[turn.CueFirst].Start, _tokens[turn.CueEnd - 1].End);
        return new FoundQuotation(turn.ContentStart, words.Length, words, IsStatement: true, Parent: -1, speaker, cue, EquatableArray<ProposedSpeaker>.Empty);
    }

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

    /// <summary>The speaker a mention in a cue names; a pronoun is resolved, an undefined name proposed.</summary>
    private Speaker? SpeakerOf(Mention mention, int q)
    {
        switch (mention.Kind)
        {
            case MentionKind.Defined:
                return mention.Speaker >= 0 ? Defined(mention.Speaker) : null;
            case MentionKind.Pronoun:
                if (!_pronouns.TryGetValue(mention.First, out var resolved))
                {
                    resolved = Nearest(mention.First, _tokens[mention.First].Depth, s => Fits(s, mention.Gender), paragraphs: 2)?.Speaker;
                    _pronouns.Add(mention.First, resolved);
                }
                return resolved;
            default:
                return Known(mention) ?? Propose(mention, q);
        }
    }

    private static bool Fits(Speaker speaker, char pronoun) => pronoun == 'n'
        ? speaker.Kind is SpeakerKind.Organization or SpeakerKind.Group
        : speaker.Kind is SpeakerKind.Person or SpeakerKind.Anonymous && (speaker.Gender == '\0' || pronoun == '\0' || speaker.Gender == pronoun);

    /// <summary>A defined speaker, or a new one this text already proposed under the same surname.</summary>
    private Speaker? Known(Mention mention) => mention.Kind switch
    {
        MentionKind.Defined => mention.Speaker >= 0 ? Defined(mention.Speaker) : null,
        MentionKind.Unknown => _newBySurname.TryGetValue(Surname(mention), out var proposed) ? proposed : null,
        _ => null,
    };

    private Speaker Defined(int i)
    {
        var s = _index.Speakers[i];
        return new Speaker(new ProposedSpeaker(s.Id, s.Name, s.Role, IsDefined: true), s.Kind, s.Gender);
    }

    private Speaker? AnnotatedSpeaker(Token annotation) =>
        _counter.Skipped[annotation.Quotation] is { IsDirect: true, SpeakerId: { } id } && _indexById.TryGetValue(id, out int i) ? Defined(i) : null;

    // A person no registry defines: "Jane Doe, a spokeswoman for the ministry".
    private Speaker Propose(Mention mention, int q)
    {
        // "Jane Doe" is named without a title before it; "Ms. Doe", known by nothing else, with it. The id never has the title.
        bool titled = Titles.IsTitle(_text, _tokens[mention.First].Start, _tokens[mention.First].Length);
        int nameFirst = titled ? mention.First + 1 : mention.First;
        string words = Collapsed(_tokens[nameFirst].Start, _tokens[mention.End - 1].End);
        string name = titled && mention.End - nameFirst == 1 ? Collapsed(_tokens[mention.First].Start, _tokens[mention.End - 1].End) : words;
        string id = FreeId(Slug(words));
        var speaker = new Speaker(new ProposedSpeaker(id, name, Appositive(mention.End, _tokens[mention.First].Depth), IsDefined: false), SpeakerKind.Person, mention.Gender);
        _newBySurname[Surname(mention)] = speaker;
        _takenIds.Add(id);
        return speaker;
    }

    // The words set off by commas after a name, without their article: ", a spokeswoman for the ministry," → "spokeswoman for the ministry".
    private string? Appositive(int at, int depth)
    {
        if (!IsKind(at, TokenKind.Comma, depth) || !IsWordAt(at + 1, depth))
        {
            return null;
        }
        int first = at + 1;
        if (IsWord(first, "a") || IsWord(first, "an") || IsWord(first, "the"))
        {
            first++;
        }
        if (IsWord(first, "who") || IsVerb(first) || !IsWordAt(first, depth))
        {
            return null;
        }
        int end = first;
        while (end < _tokens.Count && end - first < AppositiveReach && _tokens[end].Depth == depth
            && _tokens[end].Kind is TokenKind.Word or TokenKind.Other && !IsVerb(end))
        {
            end++;
        }
        return end > first ? Collapsed(_tokens[first].Start, _tokens[end - 1].End) : null;
    }

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

    private EquatableArray<ProposedSpeaker> Alternatives(int q, string? chosen)
    {
        var found = new List<ProposedSpeaker>();
        var seen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        if (chosen is not null)
        {
            seen.Add(chosen);
        }
        void Consider(Speaker? speaker)
        {
            if (speaker is { Proposed.IsDefined: true } s && found.Count < 3 && seen.Add(s.Proposed.Id))
            {
                found.Add(s.Proposed);
            }
        }
        int crossed = 0;
        for (int t = _open[q] - 1, budget = BackReach; t >= 0 && budget > 0 && crossed < 2; t--, budget--)
        {
            var token = _tokens[t];
            crossed += token.Kind == TokenKind.Paragraph ? 1 : 0;
            if (token.Kind == TokenKind.Annotation)
            {
                Consider(AnnotatedSpeaker(token));
            }
            else if (_mentions.EndingAt[t] is >= 0 and var m && _tokens[t].Depth == 0)
            {
                Consider(Known(_mentions.All[m]));
            }
        }
        for (int t = _close[q] + 1, budget = AfterReach * 2; t < _tokens.Count && budget > 0 && _tokens[t].Kind != TokenKind.Paragraph; t++, budget--)
        {
            if (_mentions.StartingAt[t] is >= 0 and var m && _tokens[t].Depth == 0)
            {
                Consider(Known(_mentions.All[m]));
            }
        }
        return new EquatableArray<ProposedSpeaker>(found);
    }

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

    private bool IsVerb(int t) => t >= 0 && t < _tokens.Count && SpeechVerbs.IsSpeechVerb(_text, _tokens[t]);

    private bool IsWordAt(int t, int depth) => t >= 0 && t < _tokens.Count && _tokens[t].Kind == TokenKind.Word && _tokens[t].Depth == depth;

    private bool IsKind(int t, TokenKind kind, int depth) => t >= 0 && t < _tokens.Count && _tokens[t].Kind == kind && _tokens[t].Depth == depth;

    private bool IsWord(int t, string word) =>
        t >= 0 && t < _tokens.Count && _tokens[t].Kind == TokenKind.Word && _tokens[t].Length == word.Length
        && string.CompareOrdinal(_text, _tokens[t].Start, word, 0, word.Length) == 0;

    private string Surname(Mention mention)
    {
        var last = _tokens[mention.End - 1];
        return _text.Substring(last.Start, last.Length);
    }

    private string FreeId(string slug)
    {
        string id = slug.Length == 0 ? "speaker" : slug;
        for (int n = 2; _takenIds.Contains(id); n++)
        {
            id = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return id;
    }

    /// <summary>A name as an id: lower case, words joined by '-', only letters and digits kept.</summary>
    internal static string Slug(string name)
    {
        var id = new System.Text.StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                id.Append(char.ToLowerInvariant(c));
            }
            else if (id.Length > 0 && id[id.Length - 1] != '-' && c is ' ' or '-' or '.')
            {
                id.Append('-');
            }
        }
        return id.ToString().Trim('-');
    }

    // The text between two offsets with each run of white space as one space (cues may span a line break).
    private string Collapsed(int start, int end)
    {
        var text = new System.Text.StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            char c = _text[i];
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[text.Length - 1] != ' ')
            {
                text.Append(' ');
            }
        }
        return text.ToString();
    }

    private readonly record struct Speaker(ProposedSpeaker Proposed, SpeakerKind Kind, char Gender);

    /// <param name="CueFirst">First token of the cue.</param>
    /// <param name="CueEnd">Just past its last token.</param>
    /// <param name="Adjacent">True when the cue touches the quotation, so even a word or two reads as something said.</param>
    private readonly record struct Attribution(Speaker Speaker, int CueFirst, int CueEnd, bool Adjacent);
}
