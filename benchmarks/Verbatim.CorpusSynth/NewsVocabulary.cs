using System;
using System.Collections.Generic;
using System.Text;

namespace Verbatim.CorpusSynth;

/// <summary>
/// The news-like corpus' words: real function words, and twenty thousand made-up content words
/// drawn Zipf-like but flat (exponent 0.5: the commonest is a third of a percent of them), so
/// that, as in real news, the function words are everywhere and most runs of three words are one
/// quote's own.
/// </summary>
internal sealed class NewsVocabulary
{
    public const int ContentWords = 20_000;

    private static readonly string[] s_function =
    {
        "the", "of", "to", "and", "a", "in", "that", "is", "for", "it", "on", "we", "with", "this", "be", "are",
        "not", "have", "will", "our", "they", "but", "at", "by", "from", "all", "more", "there", "can", "would",
        "what", "their", "people", "very", "about", "been", "now", "no", "one", "these", "must", "who", "should",
    };

    private static readonly string[] s_onsets = { "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "w", "z" };
    private static readonly string[] s_vowels = { "a", "e", "i", "o", "u", "ai", "ea", "ou" };
    private static readonly string[] s_codas = { "", "", "n", "r", "s", "l", "m", "t", "nd", "st" };

    private readonly string[] _content;
    private readonly ZipfSampler _popularity = new(ContentWords, 0.5);

    public NewsVocabulary(int seed)
    {
        var random = new Random(seed);
        var seen = new HashSet<string>(s_function, StringComparer.Ordinal);
        var words = new List<string>(ContentWords);
        var word = new StringBuilder();
        while (words.Count < ContentWords)
        {
            word.Clear();
            for (int syllables = random.Next(2, 4); syllables > 0; syllables--)
            {
                word.Append(Pick(random, s_onsets)).Append(Pick(random, s_vowels)).Append(Pick(random, s_codas));
            }
            if (seen.Add(word.ToString()))
            {
                words.Add(word.ToString());
            }
        }
        _content = words.ToArray();
    }

    /// <summary>A sentence of <paramref name="count"/> words, lower-case, no punctuation: about a third function words.</summary>
    public string Sentence(Random random, int count)
    {
        var sentence = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            sentence.Append(i == 0 ? "" : " ").Append(random.Next(100) < 30 ? Pick(random, s_function) : Content(random));
        }
        return sentence.ToString();
    }

    /// <summary>One content word, the frequent ones most often.</summary>
    public string Content(Random random) => _content[_popularity.Next(random)];

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}

/// <summary>A quote's own words in the news-like corpus, drawn with the article's random.</summary>
internal sealed class NewsWords : IQuoteWords
{
    private readonly NewsVocabulary _vocabulary;
    private readonly Random _random;

    public NewsWords(NewsVocabulary vocabulary, Random random) => (_vocabulary, _random) = (vocabulary, random);

    public string Clause() => _vocabulary.Sentence(_random, _random.Next(8, 22));

    public string Phrase() => _vocabulary.Content(_random) + " " + _vocabulary.Content(_random);
}
