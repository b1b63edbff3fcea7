using System;
using System.IO;
using System.Linq;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;

namespace Verbatim.Sample.Tests;

/// <summary>The sample corpus as the corpus library reads it, parsed once for all tests.</summary>
internal static class SampleCorpusFiles
{
    private static readonly Lazy<ResolvedCorpus> Resolved = new(Resolve);

    public static ResolvedCorpus Corpus => Resolved.Value;

    private static ResolvedCorpus Resolve()
    {
        var registries = Files("*" + RegistryParser.FileSuffix)
            .Select(path => RegistryParser.Parse(RelativePath(path), File.ReadAllText(path)));
        var articles = Files("*" + ArticleParser.FileSuffix)
            .Select(path => ArticleParser.Parse(RelativePath(path), File.ReadAllText(path)));
        return CorpusResolver.Resolve(registries.ToList(), articles.ToList());
    }

    private static string[] Files(string pattern) =>
        Directory.GetFiles(RepositoryFiles.SampleCorpus, pattern, SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();

    private static bool IsBuildOutput(string path)
    {
        var relative = RelativePath(path);
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    private static string RelativePath(string path) => Path.GetRelativePath(RepositoryFiles.SampleCorpus, path).Replace('\\', '/');
}
