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
    private static ImmutableDictionary<string, string> Generate(IEnumerable<AdditionalText> files, TestOptions? options = null)
    {
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }");
        var (output, sources) = GeneratorRun.Generate(files, compilation, options);
        output.GetDiagnostics().ShouldBeEmpty();
        return sources;
    }

    [Fact]
    public void Reversed_file_order_and_Windows_paths_spelled_in_another_case_give_the_same_bytes()
    {
        var expected = Generate(TestCorpus.Files);

        var windowsFiles = TestCorpus.Files.Reverse()
            .Select(file => (AdditionalText)new CorpusFile(@"C:\project" + file.Path.Substring("/project".Length).Replace('/', '\\'), ((CorpusFile)file).Content));
        var actual = Generate(windowsFiles, TestOptions.Properties(("RootNamespace", GeneratorRun.RootNamespace), ("ProjectDir", @"c:\Project\")));

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
            (AdditionalText)new CorpusFile(file.Path, ((CorpusFile)file).Content.Replace("\n", "\r\n", StringComparison.Ordinal))));

        actual.ShouldBe(expected);
    }
}
