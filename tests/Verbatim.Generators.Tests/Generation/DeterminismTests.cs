using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>The output depends on the corpus only: not on file order, path separators or (outside the bodies) line ends.</summary>
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
    public void CRLF_line_ends_change_only_the_bodies_and_what_is_measured_in_them()
    {
        var expected = Generate(TestCorpus.Files);
        var actual = Generate(TestCorpus.Files.Select(file =>
            (AdditionalText)new CorpusFile(file.Path, ((CorpusFile)file).Content.Replace("\n", "\r\n", StringComparison.Ordinal))));

        actual.Keys.Order().ShouldBe(expected.Keys.Order());
        foreach (var hintName in new[] { "Verbatim.Model.g.cs", "Verbatim.Articles.g.cs", "Verbatim.Speakers.g.cs" })
        {
            actual[hintName].ShouldBe(expected[hintName], hintName);
        }
        // An article's file differs only in its body, which keeps the line ends it was written with.
        foreach (var hintName in expected.Keys.Where(name => name.StartsWith("Articles.", StringComparison.Ordinal)))
        {
            actual[hintName].Replace("\\r\\n", "\\n", StringComparison.Ordinal).ShouldBe(expected[hintName], hintName);
        }
    }
}
