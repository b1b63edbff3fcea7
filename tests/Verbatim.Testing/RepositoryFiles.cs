using System;
using System.IO;

namespace Verbatim.Testing;

/// <summary>Files of the repository the tests read (the docs, the sample corpus), found above the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Generators.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Generators.sln) was not found above the test folder.");
    }
}
