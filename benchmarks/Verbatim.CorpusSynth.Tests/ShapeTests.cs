using System.Linq;
using System.Text.RegularExpressions;
using Verbatim.CorpusSynth;

namespace Verbatim.CorpusSynth.Tests;

/// <summary>The corpus has the shape docs/performance.md describes, read off the text itself.</summary>
public class ShapeTests
{
    private static readonly SyntheticCorpus Corpus = CorpusSynthesizer.Create(100);

    [Fact]
    public void Articles_hold_six_to_eight_kilobytes_of_prose()
    {
        foreach (var article in Corpus.Articles)
        {
            int body = article.Text.Length - article.Text.IndexOf("\n---\n", 4, System.StringComparison.Ordinal);
            body.ShouldBeInRange(6_000, 8_600, article.Path);
        }
    }

    [Fact]
    public void The_registry_defines_two_thousand_speakers()
    {
        Regex.Matches(Corpus.Registry.Text, @"^\S[^:\n]*:\n", RegexOptions.Multiline).Count
            .ShouldBe(CorpusSynthesizer.RegistrySpeakers);
    }

    [Fact]
    public void Speakers_are_reused_across_articles_with_a_long_tail()
    {
        var quotesPerSpeaker = Corpus.Articles
            .SelectMany(article => Regex.Matches(article.Text, @"\{@([^\s#:,]+)").Select(match => match.Groups[1].Value))
            .GroupBy(id => id)
            .Select(group => group.Count())
            .OrderByDescending(count => count)
            .ToArray();

        quotesPerSpeaker[0].ShouldBeGreaterThan(100);
        quotesPerSpeaker.Count(count => count == 1).ShouldBeGreaterThan(100);
    }
}
