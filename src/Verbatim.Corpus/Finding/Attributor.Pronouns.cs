using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Finding;

/// <summary>A pronoun in a cue goes to the nearest speaker before it whose gender and kind fit.</summary>
internal sealed partial class Attributor
{
    private Speaker? Pronoun(Mention mention)
    {
        if (!_pronouns.TryGetValue(mention.First, out var resolved))
        {
            resolved = Nearest(mention.First, _tokens[mention.First].Depth, s => Fits(s, mention.Gender), paragraphs: 2)?.Speaker;
            _pronouns.Add(mention.First, resolved);
        }
        return resolved;
    }

    private static bool Fits(Speaker speaker, char pronoun) => pronoun == 'n'
        ? speaker.Kind is SpeakerKind.Organization or SpeakerKind.Group
        : speaker.Kind is SpeakerKind.Person or SpeakerKind.Anonymous && (speaker.Gender == '\0' || pronoun == '\0' || speaker.Gender == pronoun);
}
