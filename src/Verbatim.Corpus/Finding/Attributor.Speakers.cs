namespace Verbatim.Corpus.Finding;

/// <summary>Which speaker a mention names: a defined one, a pronoun's, or a new one proposed.</summary>
internal sealed partial class Attributor
{
    /// <summary>The speaker a mention in a cue names; a pronoun is resolved, an undefined name proposed.</summary>
    private Speaker? SpeakerOf(Mention mention, int q)
    {
        switch (mention.Kind)
        {
            case MentionKind.Defined:
                return mention.Speaker >= 0 ? Defined(mention.Speaker) : null;
            case MentionKind.Pronoun:
                return Pronoun(mention);
            default:
                return Known(mention) ?? Propose(mention, q);
        }
    }

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
}
