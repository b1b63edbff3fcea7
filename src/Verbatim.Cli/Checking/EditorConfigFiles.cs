using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Cli.Infrastructure;

namespace Verbatim.Cli.Checking;

/// <summary>
/// The <c>.editorconfig</c> and <c>.globalconfig</c> files a build of a project in the corpus
/// folder would hand the compiler, read by Roslyn's own parser (<see cref="AnalyzerConfig"/>),
/// so sections, globs, <c>root = true</c> and precedence work exactly as in a build.
/// </summary>
internal static class EditorConfigFiles
{
    public static AnalyzerConfigSet Read(string root)
    {
        var configs = new List<AnalyzerConfig>();
        foreach (var path in Find(root))
        {
            try
            {
                configs.Add(AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(path)), path));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw CliException.Input($"Cannot read '{path}': {exception.Message}");
            }
        }
        return AnalyzerConfigSet.Create(configs);
    }

    // .editorconfig files in the folder and every folder above it (the set itself stops at
    // `root = true`), and below it for sections of subfolders; .globalconfig in the folder and above.
    private static IEnumerable<string> Find(string root)
    {
        var found = new List<string>();
        for (var directory = new DirectoryInfo(root); directory is not null; directory = directory.Parent)
        {
            found.AddRange(new[] { ".editorconfig", ".globalconfig" }
                .Select(name => Path.Combine(directory.FullName, name))
                .Where(File.Exists));
        }
        var below = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        found.AddRange(Directory.EnumerateFiles(root, ".editorconfig", below)
            .Where(path => !string.Equals(Path.GetDirectoryName(path), root, StringComparison.Ordinal)));
        return found.Distinct(StringComparer.Ordinal);
    }
}
