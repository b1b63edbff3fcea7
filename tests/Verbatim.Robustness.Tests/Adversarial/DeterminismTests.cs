using System.Linq;
using Verbatim.Robustness.Tests.Harness;

namespace Verbatim.Robustness.Tests.Adversarial;

/// <summary>
/// The generated sources depend on the corpus' content only: not on the order the compiler lists the
/// files in, nor on the host's path separators; a file's line ends reach its body's data and nothing else.
/// </summary>
public sealed class DeterminismTests
{
    [Fact]
    public void File_order_does_not_change_a_byte_of_the_output()
    {
        var files = SampleCorpus.AsFiles();
        string[] expected = Generate(files);

        Generate(files.Reverse().ToArray()).ShouldBe(expected);
        Generate(files.Skip(3).Concat(files.Take(3)).ToArray()).ShouldBe(expected);
        Generate(files.OrderBy(file => file.Path.Length).ToArray()).ShouldBe(expected);
    }

    [Fact]
    public void Windows_path_separators_do_not_change_a_byte_of_the_output()
    {
        var files = SampleCorpus.AsFiles();
        const string windowsProject = @"C:\Users\someone\Consumer\";
        var windowsFiles = SampleCorpus.Files
            .Select(file => CorpusFile.FromBytes(windowsProject + file.Path.Substring(BuildProperties.ProjectDirectory.Length).Replace('/', '\\'), file.Bytes))
            .ToArray();

        Generate(windowsFiles, BuildProperties.In(windowsProject)).ShouldBe(Generate(files));
    }

    [Fact]
    public void Line_ends_change_the_body_data_but_not_the_generated_code_around_it()
    {
        var lf = SampleCorpus.AsFiles();
        var crlf = lf.Select(file => CorpusFile.FromText(file.Path, file.Text.Replace("\r\n", "\n").Replace("\n", "\r\n"))).ToArray();

        var lfOutcome = CorpusBuild.Run(lf, compile: false);
        var crlfOutcome = CorpusBuild.Run(crlf, compile: false);

        CodeShape.Of(crlfOutcome).ShouldBe(CodeShape.Of(lfOutcome));
        foreach (var source in crlfOutcome.Sources)
        {
            source.Text.ShouldNotContain("\r", customMessage: source.HintName);
        }
        BuildChecks.Rendered(crlfOutcome.AnalyzerDiagnostics).ShouldBe(BuildChecks.Rendered(lfOutcome.AnalyzerDiagnostics));
    }

    [Fact]
    public void Two_runs_over_the_same_corpus_are_identical()
    {
        var files = SampleCorpus.AsFiles();

        Generate(files).ShouldBe(Generate(SampleCorpus.AsFiles()));
    }

    private static string[] Generate(CorpusFile[] files, BuildProperties? properties = null) =>
        CorpusBuild.Sources(CorpusBuild.Driver(files, properties).RunGenerators(CorpusBuild.EmptyConsumer()));
}
