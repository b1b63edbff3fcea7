using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>Who one article quotes: each quote's speaker ids, flattened. Equal while only the wording changes.</summary>
internal sealed record SpeakerUse(EquatableArray<string> QuotedSpeakerIds)
{
    public static SpeakerUse Of(EquatableArray<QuoteModel> quotes) =>
        new(quotes.SelectMany(quote => quote.Speakers).Select(speaker => speaker.Id).ToEquatableArray());
}
