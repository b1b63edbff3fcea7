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

    public static SyntheticCorpus Create(int articleCount, int seed = DefaultSeed)
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

        var writer = new ArticleWriter(registry, ZipfExponent);
        var articles = Enumerable.Range(1, articleCount).Select(number => writer.Write(number, seed)).ToArray();
        return new SyntheticCorpus(new CorpusFile("corpus.speakers.yaml", yaml.ToString()), articles);
    }
}
