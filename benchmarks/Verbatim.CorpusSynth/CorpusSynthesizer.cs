using System;
using System.Linq;
using System.Text;

namespace Verbatim.CorpusSynth;

/// <summary>
/// Entry point: a deterministic synthetic corpus of any size. The same seed and size give the
/// same files byte for byte, and article N is the same in every size (a corpus of 100 is the
/// first 100 articles of a corpus of 10,000).
/// </summary>
public static class CorpusSynthesizer
{
    public const int DefaultSeed = 20_170_412;

    /// <summary>About the size of a large newsroom's speaker list.</summary>
    public const int RegistrySpeakers = 2_000;

    /// <summary>Close to 1: the most quoted speaker about twice as often as the second.</summary>
    private const double ZipfExponent = 1.0;

    /// <summary>
    /// The harsh corpus: quotes drawn from a small phrase pool, so they share far more three-word
    /// runs than real news does.
    /// </summary>
    public static SyntheticCorpus Create(int articleCount, int seed = DefaultSeed) => Create(articleCount, seed, news: false);

    /// <summary>
    /// The news-like corpus: the same articles' shape, but quotes in a large vocabulary, nearly all
    /// one article's own, and a minority of statements each printed by two to five outlets (copies,
    /// excerpts, light misquotes, sentences split around the attribution, ellipses), with stock
    /// attributions ("said in a statement").
    /// </summary>
    public static SyntheticCorpus CreateNewsLike(int articleCount, int seed = DefaultSeed) => Create(articleCount, seed, news: true);

    private static SyntheticCorpus Create(int articleCount, int seed, bool news)
    {
        if (articleCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(articleCount), articleCount, "A corpus cannot have fewer than zero articles.");
        }
        var registry = SpeakerRoster.Create(new Random(seed), RegistrySpeakers);
        var yaml = new StringBuilder(RegistrySpeakers * 160);
        foreach (var speaker in registry)
        {
            SpeakerYaml.WriteBlock(yaml, speaker);
        }

        var writer = new ArticleWriter(registry, ZipfExponent, news ? seed : null);
        var articles = Enumerable.Range(1, articleCount).Select(number => writer.Write(number, seed)).ToArray();
        return new SyntheticCorpus(new CorpusFile("corpus.speakers.yaml", yaml.ToString()), articles);
    }
}
