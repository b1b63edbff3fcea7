using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Verbatim.CorpusSynth;

/// <summary>
/// Writes one article: front matter (some with article-local speakers), then 6-8 KB of prose in
/// paragraphs with 10-20 quote annotations whose speakers come from the registry, Zipf-like.
/// </summary>
internal sealed class ArticleWriter
{
    private const int MinBodyChars = 6_000, MaxBodyChars = 8_000;
    private const int MinQuotes = 10, MaxQuotes = 20;

    private readonly IReadOnlyList<SyntheticSpeaker> _registry;
    private readonly ZipfSampler _popularity;
    private readonly NewsVocabulary? _news;
    private readonly Stories? _stories;

    /// <param name="newsSeed">With a seed, the news-like corpus (<see cref="CorpusSynthesizer.CreateNewsLike"/>); without, the phrase pool's.</param>
    public ArticleWriter(IReadOnlyList<SyntheticSpeaker> registry, double zipfExponent, int? newsSeed = null)
    {
        _registry = registry;
        _popularity = new ZipfSampler(registry.Count, zipfExponent);
        if (newsSeed is int seed)
        {
            _news = new NewsVocabulary(seed);
            _stories = new Stories(seed, _news, registry, _popularity);
        }
    }

    public static string IdOf(int number) => string.Create(CultureInfo.InvariantCulture, $"synth-{number:D5}");

    /// <summary>Article folders hold 1,000 files each, as a large corpus would be split.</summary>
    public static string PathOf(int number) =>
        string.Create(CultureInfo.InvariantCulture, $"articles/{number / 1000:D2}/{IdOf(number)}.article.md");

    /// <summary>The article numbered <paramref name="number"/>; its own seed makes it the same in every corpus size.</summary>
    public CorpusFile Write(int number, int seed)
    {
        var random = new Random(unchecked((seed * 1_000_003) + number));
        var prose = new ProseWriter(random);
        string id = IdOf(number);

        var locals = new List<SyntheticSpeaker>();
        for (int count = random.Next(100) switch { < 45 => 0, < 85 => 1, _ => 2 }; locals.Count < count;)
        {
            locals.Add(SpeakerRoster.Local(random, id, locals.Count + 1));
        }

        var text = new StringBuilder(MaxBodyChars + 1_000);
        WriteFrontMatter(text, id, prose, random, locals);
        WriteBody(text, prose, random, locals, _stories?.PrintedBy(number) ?? Array.Empty<SharedStatement>());
        return new CorpusFile(PathOf(number), text.ToString());
    }

    private static void WriteFrontMatter(StringBuilder text, string id, ProseWriter prose, Random random, List<SyntheticSpeaker> locals)
    {
        var published = new DateTime(2015, 1, 1).AddDays(random.Next(3_650));
        text.Append("---\n");
        // Most articles name their id; the rest rely on the file name, which is the same.
        if (random.Next(5) != 0)
        {
            text.Append("id: ").Append(id).Append('\n');
        }
        text.Append("title: ").Append(prose.Title()).Append('\n');
        text.Append("outlet: ").Append(prose.Pick(Vocabulary.Outlets)).Append('\n');
        text.Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("url: https://news.example.org/").Append(published.Year.ToString(CultureInfo.InvariantCulture)).Append('/').Append(id).Append('\n');
        text.Append("authors: [").Append(prose.Pick(Vocabulary.GivenNames)).Append(' ').Append(prose.Pick(Vocabulary.FamilyNames)).Append("]\n");
        if (locals.Count > 0)
        {
            text.Append("speakers:\n");
            foreach (var local in locals)
            {
                SpeakerYaml.WriteFlow(text, local);
            }
        }
        text.Append("---\n");
    }

    private void WriteBody(StringBuilder text, ProseWriter prose, Random random, List<SyntheticSpeaker> locals, IReadOnlyList<SharedStatement> shared)
    {
        var quotes = new QuoteWriter(random, prose, _news is null ? prose : new NewsWords(_news, random));
        var printer = _news is null ? null : new StatementPrinter(random, _news);
        int printed = 0;
        int bodyStart = text.Length;
        int targetChars = random.Next(MinBodyChars, MaxBodyChars + 1);
        int targetQuotes = random.Next(MinQuotes, MaxQuotes + 1);
        int written = 0, sentencesInParagraph = 0, paragraphLength = random.Next(2, 6);
        // Local speakers are quoted first, so none is defined for nothing.
        var pending = new Queue<SyntheticSpeaker>(locals);

        while (text.Length - bodyStart < targetChars || written < targetQuotes || printed < shared.Count)
        {
            int remainingSentences = Math.Max(1, (targetChars - (text.Length - bodyStart)) / 130);
            bool quoteHere = written < targetQuotes && random.Next(remainingSentences) < targetQuotes - written;
            // The shared statements take their share of the quotes, spread over the article, and are all printed.
            bool shareHere = printed < shared.Count
                && (written >= targetQuotes || (quoteHere && random.Next(targetQuotes - written) < shared.Count - printed));
            if (shareHere)
            {
                written += printer!.Write(text, shared[printed++]);
            }
            else if (quoteHere)
            {
                var speaker = pending.Count > 0 ? pending.Dequeue() : RegistrySpeaker(random);
                written += quotes.Write(text, speaker, () => OtherThan(speaker, random));
            }
            else
            {
                text.Append(prose.Sentence());
            }

            if (++sentencesInParagraph == paragraphLength)
            {
                text.Append("\n\n");
                sentencesInParagraph = 0;
                paragraphLength = random.Next(2, 6);
            }
            else
            {
                text.Append(' ');
            }
        }
        text.Length--;
        text.Append('\n');
    }

    private SyntheticSpeaker RegistrySpeaker(Random random) => _registry[_popularity.Next(random)];

    private SyntheticSpeaker OtherThan(SyntheticSpeaker speaker, Random random)
    {
        var other = RegistrySpeaker(random);
        while (string.Equals(other.Id, speaker.Id, StringComparison.OrdinalIgnoreCase))
        {
            other = RegistrySpeaker(random);
        }
        return other;
    }
}
