using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Benchmarks.Walk;

/// <summary>
/// The generated corpus compiled, as a user's build would, into an assembly (kept in memory and in a
/// temporary file), with a walker beside it. Each <see cref="WalkInFreshContext"/> loads it anew
/// from the file, so nothing of it is initialised or JIT-compiled yet: the walk is the first.
/// </summary>
internal sealed class GeneratedCorpusImage
{
    /// <summary>The walker, and the floor it is measured against (<c>{0}</c>: the number of articles).</summary>
    private const string WalkerSource = """
        namespace Bench
        {
            public static class FirstWalk
            {
                public static long Run()
                {
                    long sum = 0;
                    foreach (var article in Bench.Corpus.Articles.All)
                    {
                        sum += article.Title.Length + article.Body.Length;
                        foreach (var quote in article.Quotes)
                        {
                            sum += quote.Text.Length + quote.Speaker.Name.Length;
                        }
                    }
                    return sum;
                }

                /// <summary>The floor of a walk: every body decoded from its table and kept, as a walk keeps them, with no graph built.</summary>
                public static long Bodies()
                {
                    var bodies = new string[{0}];
                    long sum = 0;
                    for (int i = 0; i < bodies.Length; i++)
                    {
                        bodies[i] = Bench.Corpus.VerbatimData.ArticleBody(i);
                        sum += bodies[i].Length;
                    }
                    return sum;
                }
            }
        }
        """;

    private readonly byte[] _image;

    /// <summary>The image on disk, which each fresh context maps as a user's app would (loading from a stream copies it whole).</summary>
    private readonly string _file;

    private GeneratedCorpusImage(byte[] image)
    {
        _image = image;
        _file = Path.Combine(Path.GetTempPath(), $"verbatim-first-walk-{Guid.NewGuid():N}.dll");
        File.WriteAllBytes(_file, image);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(_file);
    }

    public int Bytes => _image.Length;

    public static GeneratedCorpusImage Compile(Workload workload)
    {
        var driver = workload.CreateDriver(Roslyn.VerbatimComponents.CreateGenerator(), workload.FreshTexts());
        driver.RunGeneratorsAndUpdateCompilation(workload.Compilation, out var withGenerated, out _);
        var compilation = withGenerated.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            WalkerSource.Replace("{0}", workload.Corpus.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), Workload.ParseOptions));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(5);
            throw new InvalidOperationException("The generated corpus does not compile:\n" + string.Join("\n", errors));
        }
        return new GeneratedCorpusImage(image.ToArray());
    }

    public void Save(string path) => File.WriteAllBytes(path, _image);

    public long WalkInFreshContext()
    {
        var context = new AssemblyLoadContext("first-walk", isCollectible: true);
        try
        {
            return Walk(context.LoadFromAssemblyPath(_file));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Runs the walker compiled into <paramref name="corpus"/>; one reflection call, the walk itself is compiled code.</summary>
    public static long Walk(Assembly corpus) => FindWalk(corpus)();

    /// <summary>The walker compiled into <paramref name="corpus"/>, as a delegate, so calling it runs only compiled code.</summary>
    /// <param name="method"><c>Run</c>, the walk, or <c>Bodies</c>, its floor.</param>
    public static Func<long> FindWalk(Assembly corpus, string method = "Run") =>
        corpus.GetType("Bench.FirstWalk", throwOnError: true)!.GetMethod(method)!.CreateDelegate<Func<long>>();
}
