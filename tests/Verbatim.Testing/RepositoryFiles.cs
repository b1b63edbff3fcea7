using System;
using System.IO;

namespace Verbatim.Testing;

/// <summary>Files of the repository the tests read (the docs, the sample corpus), found above the test's output folder.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The checkout's root: the folder of <c>Generators.sln</c>.</summary>
    public static string Root() => s_root.Value;

    /// <summary>The repository's sample corpus, read where it lives rather than from a copy.</summary>
    public static string SampleCorpus => Path.Combine(Root(), "sample-corpus");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Generators.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Generators.sln) was not found above the test folder.");
    }
}
