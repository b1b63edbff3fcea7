using CsCheck;
using Verbatim.Robustness.Tests.Harness;
using Xunit.Abstractions;

namespace Verbatim.Robustness.Tests.Fuzzing;

/// <summary>
/// Random valid corpora: the build reports no error, the generated code compiles with no
/// diagnostic at all, and the running program holds exactly what the files say.
/// </summary>
public sealed class ValidCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Random_valid_corpora_compile_cleanly_and_load_as_written()
    {
        int tried = Fuzz.Check(RandomCorpus.Corpus.Select(CorpusWriter.Write), ciIterations: 20, written =>
        {
            var outcome = CorpusBuild.Run(written.Files);

            outcome.ShouldBeSound(written.Files);
            outcome.ShouldReportNoCorpusError();
            var loaded = LoadedCorpus.Load(outcome);
            CorpusDump.ShouldMatch(CorpusDump.Of(loaded.Articles, loaded.Speakers), CorpusDump.Of(written.Articles, written.Speakers));
        }, written => written.Describe());
        output.WriteLine($"{tried} random corpora built, compiled and loaded (seed {Fuzz.Seed}).");
    }
}
