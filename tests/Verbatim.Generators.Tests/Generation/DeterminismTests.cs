using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>The output depends on the corpus only: not on file order, path separators or line ends.</summary>
public sealed class DeterminismTests
{
    private static ImmutableDictionary<string, string> Generate(IEnumerable<AdditionalText> files, BuildProperties? options = null)
    {
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }");
        var (output, sources) = GeneratorRun.Generate(files, compilation, options);
        output.GetDiagnostics().ShouldBeEmpty();
        return sources;
    }

    [Fact]
    public void Reversed_file_order_gives_the_same_bytes()
    {
        Generate(TestCorpus.Files.Reverse()).ShouldBe(Generate(TestCorpus.Files));
    }

    /// <summary>
    /// The <c>#line</c> directives name the corpus files by full path, as the compiler was given them; under
    /// the usual deterministic setting (a PathMap from each checkout to one root) two checkouts give the same bytes.
    /// </summary>
    [Fact]
    public void Another_checkout_with_Windows_paths_spelled_in_another_case_gives_the_same_bytes_under_a_path_map()
    {
        var expected = Generate(TestCorpus.Files, BuildProperties.Of(
            ("RootNamespace", GeneratorRun.RootNamespace), ("ProjectDir", TestCorpus.ProjectDirectory), ("PathMap", "/project/=/_/")));

        var windowsFiles = TestCorpus.Files.Reverse()
            .Select(file => (AdditionalText)new InMemoryAdditionalText(@"C:\checkout\project" + file.Path.Substring("/project".Length).Replace('/', '\\'), ((InMemoryAdditionalText)file).Text));
        var actual = Generate(windowsFiles, BuildProperties.Of(
            ("RootNamespace", GeneratorRun.RootNamespace), ("ProjectDir", @"c:\Checkout\Project\"), ("PathMap", @"C:\checkout\project=/_/")));

        actual.Keys.Order().ShouldBe(expected.Keys.Order());
        foreach (var (hintName, text) in expected)
        {
            actual[hintName].ShouldBe(text, hintName);
        }
    }

    [Fact]
    public void CRLF_line_ends_give_the_same_bytes()
    {
        var expected = Generate(TestCorpus.Files);
        var actual = Generate(TestCorpus.Files.Select(file =>
            (AdditionalText)new InMemoryAdditionalText(file.Path, ((InMemoryAdditionalText)file).Text.Replace("\n", "\r\n", StringComparison.Ordinal))));

        actual.ShouldBe(expected);
    }
}
