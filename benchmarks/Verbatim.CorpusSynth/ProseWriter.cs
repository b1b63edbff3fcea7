using System;
using System.Text;

namespace Verbatim.CorpusSynth;

/// <summary>News-like sentences and clauses made of the vocabulary; meaningless, but shaped like prose.</summary>
internal sealed class ProseWriter : IQuoteWords
{
    private readonly Random _random;

    public ProseWriter(Random random) => _random = random;

    public string Pick(string[] words) => SpeakerRoster.Pick(_random, words);

    /// <summary>Words with no closing punctuation, lower-case first: "the fragile agreement delayed the vote last week".</summary>
    public string Clause()
    {
        var clause = new StringBuilder();
        clause.Append(Pick(Vocabulary.Small)).Append(' ');
        if (_random.Next(2) == 0)
        {
            clause.Append(Pick(Vocabulary.Adjectives)).Append(' ');
        }
        clause.Append(Pick(Vocabulary.Nouns)).Append(' ').Append(Pick(Vocabulary.Verbs)).Append(' ');
        clause.Append(Pick(Vocabulary.Small)).Append(' ').Append(Pick(Vocabulary.Adjectives)).Append(' ').Append(Pick(Vocabulary.Nouns));
        for (int more = _random.Next(3); more > 0; more--)
        {
            clause.Append(_random.Next(3) == 0 ? ", and " : " and ");
            clause.Append(Pick(Vocabulary.Small)).Append(' ').Append(Pick(Vocabulary.Nouns)).Append(' ').Append(Pick(Vocabulary.Verbs));
            clause.Append(' ').Append(Pick(Vocabulary.Small)).Append(' ').Append(Pick(Vocabulary.Nouns));
        }
        if (_random.Next(2) == 0)
        {
            clause.Append(' ').Append(Pick(Vocabulary.Connectives));
        }
        return clause.ToString();
    }

    public string Phrase() => Pick(Vocabulary.Adjectives) + " " + Pick(Vocabulary.Nouns);

    /// <summary>A whole sentence with a capital and a full stop; now and then one with literal braces to escape.</summary>
    public string Sentence()
    {
        string clause = Clause();
        if (_random.Next(200) == 0)
        {
            clause += @" under the heading \{annex\} of the draft";
        }
        return Capitalize(clause) + ".";
    }

    /// <summary>A headline: a few capitalized words, no punctuation YAML would care about.</summary>
    public string Title()
    {
        return $"{Capitalize(Pick(Vocabulary.Adjectives))} {Capitalize(Pick(Vocabulary.Nouns))} "
            + $"{Capitalize(Pick(Vocabulary.Verbs))} {Capitalize(Pick(Vocabulary.Small))} {Capitalize(Pick(Vocabulary.Nouns))}";
    }

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
