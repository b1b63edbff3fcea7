using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>A speaker's member of <c>Speakers</c>: the speaker, its index in <c>Speakers.All</c>, the counts its docs show, and where it is defined.</summary>
internal sealed record SpeakerMember(SpeakerModel Speaker, int Index, int Quotes, int Articles, CorpusPlace Place);

/// <summary>
/// One slice of the <c>Speakers</c> members (see <see cref="Slices"/>): quoting a speaker once more
/// changes the counts in that speaker's docs, and regenerates that speaker's slice only.
/// </summary>
internal sealed record SpeakerSlice(int Index, EquatableArray<SpeakerMember> Speakers)
{
    public static ImmutableArray<SpeakerSlice> Split(MergedSpeakers speakers, IReadOnlyList<SpeakerUse> uses)
    {
        var (quotes, articles) = Counts(uses);
        var entries = speakers.Set.Speakers
            .Select((speaker, index) => new SpeakerMember(
                speaker, index, quotes.TryGetValue(speaker.Id, out int q) ? q : 0, articles.TryGetValue(speaker.Id, out int a) ? a : 0, speakers.Places[index]))
            .ToList();
        return Slices.Cut(entries, entry => entry.Speaker.Id, Slices.CountFor(entries.Count))
            .Select((slice, index) => new SpeakerSlice(index, slice))
            .ToImmutableArray();
    }

    /// <summary>For each speaker id: how many quotes, in how many articles.</summary>
    private static (Dictionary<string, int> Quotes, Dictionary<string, int> Articles) Counts(IReadOnlyList<SpeakerUse> uses)
    {
        var quotes = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var use in uses)
        {
            var inThisArticle = new HashSet<string>(StringComparer.Ordinal);
            foreach (string id in use.QuotedSpeakerIds)
            {
                quotes[id] = (quotes.TryGetValue(id, out int count) ? count : 0) + 1;
                if (inThisArticle.Add(id))
                {
                    articles[id] = (articles.TryGetValue(id, out int seen) ? seen : 0) + 1;
                }
            }
        }
        return (quotes, articles);
    }
}
