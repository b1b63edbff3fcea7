using System;
using System.Collections.Generic;
using System.Linq;
using Verbatim.Fuzzing.Inputs;
using Verbatim.Fuzzing.Targets;

namespace Verbatim.Fuzzing;

/// <summary>Every fuzz target. Adding one: a file in Targets/ with its check, and one line here (docs/robustness.md).</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } = new FuzzTarget[]
    {
        new("article", InputShape.Article, ArticleTarget.Check),
        new("registry", InputShape.Registry, RegistryTarget.Check),
        new("corpus", InputShape.Corpus, CorpusTarget.Check),
        new("statements", InputShape.Corpus, StatementsTarget.Check),
        new("finder", InputShape.Article, FinderTarget.Check),
    };

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
