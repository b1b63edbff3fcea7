using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>Who one article quotes: each quote's speaker ids, flattened. Equal while only the wording changes.</summary>
internal sealed record SpeakerUse(EquatableArray<string> QuotedSpeakerIds)
{
    public static SpeakerUse Of(ArticleModel article) =>
        new(article.Quotes.SelectMany(quote => quote.Speakers).Select(speaker => speaker.Id).ToEquatableArray());
}
