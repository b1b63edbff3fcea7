using System;
using System.Linq;
using CsCheck;
using Verbatim.Robustness.Tests.Harness;
using Xunit.Abstractions;

namespace Verbatim.Robustness.Tests.Fuzzing;

/// <summary>
/// The sample corpus damaged at random: nothing throws, every diagnostic sits inside its file, the
/// generated code still compiles, and the files that were not touched are generated as before.
/// </summary>
public sealed class MutationTests(ITestOutputHelper output)
{
    private static readonly Lazy<LoadedCorpus> s_untouched = new(() => LoadedCorpus.Load(CorpusBuild.Run(SampleCorpus.AsFiles())));

    [Fact]
    public void Mutated_samples_never_crash_the_generator_or_the_analyzer_and_every_diagnostic_is_in_its_file()
    {
        var reported = new System.Collections.Generic.SortedDictionary<string, int>(StringComparer.Ordinal);
        int tried = Fuzz.Check(Mutations.OfSample, ciIterations: 150, mutated =>
        {
            var files = Files(mutated);
            var outcome = CorpusBuild.Run(files, compile: false);

            outcome.ShouldBeSound(files);
            foreach (var id in outcome.AnalyzerDiagnostics.Select(d => d.Id))
            {
                reported[id] = reported.TryGetValue(id, out int count) ? count + 1 : 1;
            }
        }, mutated => mutated.Describe());
        // What the damage led to, so a run shows it reached the error paths: diagnostics by id.
        output.WriteLine($"{tried} mutated corpora through the generator and the analyzer (seed {Fuzz.Seed}); diagnostics: "
            + string.Join(", ", reported.Select(pair => pair.Key + " ×" + pair.Value)));
    }

    [Fact]
    public void Mutated_random_corpora_never_crash_anything_and_still_compile()
    {
        int tried = Fuzz.Check(Mutations.OfRandomCorpora, ciIterations: 20, mutated =>
        {
            var files = Files(mutated);

            CorpusBuild.Run(files).ShouldBeSound(files);
        }, mutated => mutated.Describe());
        output.WriteLine($"{tried} mutated random corpora built and compiled (seed {Fuzz.Seed}).");
    }

    [Fact]
    public void Mutated_samples_still_compile_and_every_untouched_article_is_generated_as_before()
    {
        var untouched = s_untouched.Value;
        int tried = Fuzz.Check(Mutations.OfSample, ciIterations: 12, mutated =>
        {
            var files = Files(mutated);
            var outcome = CorpusBuild.Run(files);

            outcome.ShouldBeSound(files);
            var loaded = LoadedCorpus.Load(outcome);
            bool registryTouched = mutated.Files.Any(file => file.Mutated && file.Path.EndsWith(".speakers.yaml", StringComparison.Ordinal));
            foreach (var (path, _, _) in mutated.Files.Where(file => !file.Mutated && file.Path.EndsWith(".article.md", StringComparison.Ordinal)))
            {
                var before = untouched.Articles.Single(article => Consumer.ProjectDirectory + article.SourcePath == path);
                var after = loaded.Articles.SingleOrDefault(article => article.Id == before.Id).ShouldNotBeNull(path);
                after.Body.ShouldBe(before.Body);
                if (!registryTouched)
                {
                    after.Quotes.Select(quote => quote.Text).ShouldBe(before.Quotes.Select(quote => quote.Text), path);
                }
            }
        }, mutated => mutated.Describe());
        output.WriteLine($"{tried} mutated corpora built, compiled and loaded (seed {Fuzz.Seed}).");
    }

    private static InMemoryAdditionalText[] Files(MutatedCorpus mutated) =>
        mutated.Files.Select(file => InMemoryAdditionalText.FromBytes(file.Path, file.Bytes)).ToArray();
}
