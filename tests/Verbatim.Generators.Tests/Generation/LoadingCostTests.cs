using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// docs/architecture.md, "Generated code: data, not straight-line code": walking <c>Articles.All</c> (bodies included) and every quote runs no code per article or
/// per quote. Measured as the number of methods the JIT compiles for the walk, which must not grow
/// with the number of articles.
/// </summary>
public sealed class LoadingCostTests
{
    private const string Walker = """
        using Consumer.Corpus;

        internal static class Walker
        {
            public static int Walk()
            {
                int total = 0;
                foreach (Article article in Articles.All)
                {
                    total += article.Title.Length + article.Body.Length + article.Speakers.Count;
                    foreach (Quote quote in article.Quotes)
                    {
                        total += quote.Text.Length + quote.Line + quote.Start + quote.Speaker.Name.Length + quote.Nested.Count + (quote.Parent == null ? 0 : 1);
                    }
                }
                foreach (Speaker speaker in Speakers.All)
                {
                    total += speaker.Quotes.Count;
                }
                return total + Quotes.All.Count;
            }
        }
        """;

    private static IEnumerable<AdditionalText> Corpus(int articles)
    {
        yield return new InMemoryAdditionalText("/project/corpus.speakers.yaml", "alice:\n  name: Alice\nbob:\n  name: Bob\n");
        for (int i = 0; i < articles; i++)
        {
            yield return new InMemoryAdditionalText($"/project/a{i:D4}.article.md",
                $"---\ntitle: Article {i}\n---\n{{@alice#q1 “One {{@bob “two”}} words.”}} Then {{@bob:indirect three}}.\n");
        }
    }

    /// <summary>Methods compiled on this thread while walking a freshly loaded corpus of <paramref name="articles"/> articles.</summary>
    private static long MethodsCompiledByWalk(int articles, OptimizationLevel optimization = OptimizationLevel.Debug)
    {
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, Walker);
        compilation = compilation.WithOptions(compilation.Options.WithOptimizationLevel(optimization));
        var (output, _) = GeneratorRun.Generate(Corpus(articles), compilation);
        using var image = new MemoryStream();
        output.Emit(image).Success.ShouldBeTrue();
        image.Position = 0;

        var context = new AssemblyLoadContext("loading-cost", isCollectible: true);
        try
        {
            var walk = context.LoadFromStream(image).GetType("Walker")!.GetMethod("Walk")!;
            long before = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
            ((int)walk.Invoke(null, null)!).ShouldBeGreaterThan(articles);
            return System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - before;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// The methods a walk of 5 and of 300 articles compile, once a walk of 300 has run: the runtime's
    /// own methods are compiled once per process, by whichever test needs them first (tests run in
    /// parallel), so a first walk would count them or not depending on what ran before it.
    /// </summary>
    private static (long Small, long Large) MethodsCompiledBySmallAndLargeWalks(OptimizationLevel optimization)
    {
        MethodsCompiledByWalk(300, optimization);
        return (MethodsCompiledByWalk(5, optimization), MethodsCompiledByWalk(300, optimization));
    }

    [Fact]
    public void Walking_the_corpus_compiles_the_same_methods_whatever_its_size()
    {
        var (small, large) = MethodsCompiledBySmallAndLargeWalks(OptimizationLevel.Debug);

        // Sixty times the articles and quotes: one more method per slice of the quote table (at most
        // 64 slices, whatever the corpus size) and per body table of a slice of articles (at most
        // 1,024), and a couple of spares, never one per article: every body is read by one method.
        int moreSlices = Model.Slices.CountFor(300) - Model.Slices.CountFor(5)
            + Model.ArticleSlice.CountFor(300) - Model.ArticleSlice.CountFor(5);
        (large - small).ShouldBeLessThanOrEqualTo(moreSlices + 2, $"{small} methods for 5 articles, {large} for 300");
    }

    [Fact]
    public void Compiled_optimized_the_walk_compiles_no_method_per_slice()
    {
        var (small, large) = MethodsCompiledBySmallAndLargeWalks(OptimizationLevel.Release);

        // As a user's Release build: the loader's switches take in every slice's table (inlined), so
        // sixteen times the slices compile no more methods, but a couple of spares.
        (Model.ArticleSlice.CountFor(300) - Model.ArticleSlice.CountFor(5)).ShouldBeGreaterThan(8);
        (large - small).ShouldBeLessThanOrEqualTo(2, $"{small} methods for 5 articles, {large} for 300");
    }
}
