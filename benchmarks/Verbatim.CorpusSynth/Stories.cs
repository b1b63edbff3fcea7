using System;
using System.Collections.Generic;
using System.Linq;

namespace Verbatim.CorpusSynth;

/// <summary>
/// The news-like corpus' shared statements. Consecutive articles cover one story, as several
/// outlets do on one day, and each of a story's statements is printed by two to five of them;
/// which ones, and the statement's words and speaker, follow from the seed and the story alone,
/// so article N prints the same in every corpus size.
/// </summary>
internal sealed class Stories
{
    public const int ArticlesPerStory = 6, StatementsPerStory = 3;
    public const int MinOutlets = 2, MaxOutlets = 5;

    private readonly int _seed;
    private readonly NewsVocabulary _vocabulary;
    private readonly IReadOnlyList<SyntheticSpeaker> _registry;
    private readonly ZipfSampler _popularity;

    public Stories(int seed, NewsVocabulary vocabulary, IReadOnlyList<SyntheticSpeaker> registry, ZipfSampler popularity) =>
        (_seed, _vocabulary, _registry, _popularity) = (seed, vocabulary, registry, popularity);

    /// <summary>The statements the article numbered <paramref name="number"/> (from 1) prints, in the story's order.</summary>
    public IReadOnlyList<SharedStatement> PrintedBy(int number)
    {
        int story = (number - 1) / ArticlesPerStory, place = (number - 1) % ArticlesPerStory;
        var printed = new List<SharedStatement>();
        for (int statement = 0; statement < StatementsPerStory; statement++)
        {
            var random = new Random(unchecked((_seed * 1_000_033) + (story * StatementsPerStory) + statement));
            int outlets = random.Next(MinOutlets, MaxOutlets + 1);
            var places = Enumerable.Range(0, ArticlesPerStory).OrderBy(_ => random.Next()).Take(outlets).ToList();
            string words = _vocabulary.Sentence(random, random.Next(12, 25));
            var speaker = _registry[_popularity.Next(random)];
            if (places.Contains(place))
            {
                printed.Add(new SharedStatement(words, speaker));
            }
        }
        return printed;
    }
}

/// <summary>A statement several outlets print: its words (lower-case, no punctuation) and who said them.</summary>
internal sealed record SharedStatement(string Words, SyntheticSpeaker Speaker);
