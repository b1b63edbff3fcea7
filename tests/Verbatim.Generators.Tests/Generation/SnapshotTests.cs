using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>Every file the generator writes for <see cref="TestCorpus"/>, as approved.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void The_test_corpus()
    {
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }");
        var (_, sources) = GeneratorRun.Generate(TestCorpus.Files, compilation);

        Snapshots.MatchAll(sources
            .OrderBy(source => source.Key, System.StringComparer.Ordinal)
            .Select(source => (source.Key.Replace(".g.cs", "", System.StringComparison.Ordinal), source.Value)), "cs");
    }

    [Fact]
    public void The_test_corpus_for_netstandard20_and_CSharp_8()
    {
        var compilation = GeneratorRun.Compilation(GeneratorRun.NetStandard20, LanguageVersion.CSharp8, "class Program { }");
        var (_, sources) = GeneratorRun.Generate(TestCorpus.Files, compilation, BuildProperties.Of(("VerbatimNamespace", "News"), ("VerbatimVisibility", "public")));

        // The files whose form depends on the target: the body table as a string literal, the loader reading string tables.
        Snapshots.MatchAll(new[] { "Verbatim.Articles.0000", "Verbatim.Model", "Verbatim.Quotes.00" }
            .Select(name => (name, sources[name + ".g.cs"])), "cs");
    }
}
