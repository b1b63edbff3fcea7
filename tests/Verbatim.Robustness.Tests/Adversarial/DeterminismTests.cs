using System.Linq;
using Verbatim.Robustness.Tests.Harness;

namespace Verbatim.Robustness.Tests.Adversarial;

/// <summary>
/// The generated sources depend on the corpus' content only: not on the order the compiler lists the
/// files in, nor on the host's path separators or checkout folder (under a PathMap), nor on the files' line ends.
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

    /// <summary>Under the deterministic setting that maps each checkout to one root (the paths of <c>#line</c> directives go through it).</summary>
    [Fact]
    public void Windows_path_separators_in_another_checkout_do_not_change_a_byte_of_the_output()
    {
        var files = SampleCorpus.AsFiles();
        const string windowsProject = @"C:\Users\someone\Consumer\";
        var windowsFiles = SampleCorpus.Files
            .Select(file => InMemoryAdditionalText.FromBytes(windowsProject + file.Path.Substring(Consumer.ProjectDirectory.Length).Replace('/', '\\'), file.Bytes))
            .ToArray();

        Generate(windowsFiles, Consumer.Mapped(windowsProject)).ShouldBe(Generate(files, Consumer.Mapped(Consumer.ProjectDirectory)));
    }

    [Fact]
    public void Line_ends_do_not_change_a_byte_of_the_output()
    {
        var lf = SampleCorpus.AsFiles();
        var crlf = lf.Select(file => new InMemoryAdditionalText(file.Path, file.Text.Replace("\r\n", "\n").Replace("\n", "\r\n"))).ToArray();
        var cr = lf.Select(file => new InMemoryAdditionalText(file.Path, file.Text.Replace("\r\n", "\n").Replace("\n", "\r"))).ToArray();

        Generate(crlf).ShouldBe(Generate(lf));
        Generate(cr).ShouldBe(Generate(lf));
        BuildChecks.Rendered(CorpusBuild.Run(crlf, compile: false).AnalyzerDiagnostics)
            .ShouldBe(BuildChecks.Rendered(CorpusBuild.Run(lf, compile: false).AnalyzerDiagnostics));
    }

    [Fact]
    public void Two_runs_over_the_same_corpus_are_identical()
    {
        var files = SampleCorpus.AsFiles();

        Generate(files).ShouldBe(Generate(SampleCorpus.AsFiles()));
    }

    private static string[] Generate(InMemoryAdditionalText[] files, BuildProperties? properties = null) =>
        CorpusBuild.Sources(CorpusBuild.Driver(files, properties).RunGenerators(CorpusBuild.EmptyConsumer()));
}
