using System.IO;
using System.Linq;
using Verbatim.CorpusSynth;

namespace Verbatim.CorpusSynth.Tests;

public class DeterminismTests
{
    [Fact]
    public void The_same_seed_and_size_give_the_same_files()
    {
        var first = CorpusSynthesizer.Create(30);
        var second = CorpusSynthesizer.Create(30);

        second.Files.ShouldBe(first.Files);
    }

    [Fact]
    public void A_smaller_corpus_is_the_start_of_a_larger_one()
    {
        var small = CorpusSynthesizer.Create(10);
        var large = CorpusSynthesizer.Create(40);

        large.Registry.ShouldBe(small.Registry);
        large.Articles.Take(10).ShouldBe(small.Articles);
    }

    [Fact]
    public void Another_seed_gives_another_corpus()
    {
        var first = CorpusSynthesizer.Create(5, seed: 1);
        var second = CorpusSynthesizer.Create(5, seed: 2);

        second.Registry.Text.ShouldNotBe(first.Registry.Text);
        second.Articles[0].Text.ShouldNotBe(first.Articles[0].Text);
    }

    [Fact]
    public void Written_files_read_back_as_the_corpus_in_memory()
    {
        var corpus = CorpusSynthesizer.Create(3);
        string folder = Path.Combine(Path.GetTempPath(), "verbatim-synth-" + Path.GetRandomFileName());
        try
        {
            corpus.WriteTo(folder);

            foreach (var file in corpus.Files)
            {
                File.ReadAllText(Path.Combine(folder, file.Path)).ShouldBe(file.Text);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
