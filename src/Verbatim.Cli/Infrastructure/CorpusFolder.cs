using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;
using Verbatim.Generators.Analysis;

namespace Verbatim.Cli.Infrastructure;

/// <summary>
/// A folder's corpus files, found as the package's MSBuild targets find them in a project folder:
/// every <c>*.article.md</c> and <c>*.speakers.yaml</c> below it, except under its top-level
/// <c>bin/</c> and <c>obj/</c>.
/// </summary>
internal sealed class CorpusFolder
{
    private static readonly string[] s_excludedTopFolders = { "bin", "obj" };

    private CorpusFolder(string root, IReadOnlyList<CorpusFile> files)
    {
        Root = root;
        Files = files;
    }

    /// <summary>The folder's full path, without a trailing separator.</summary>
    public string Root { get; }

    /// <summary>The corpus files in corpus order (by relative path).</summary>
    public IReadOnlyList<CorpusFile> Files { get; }

    public static bool IsRegistry(string path) => path.EndsWith(RegistryParser.FileSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Finds and reads the corpus files of <paramref name="folder"/> (the current folder when null).</summary>
    /// <exception cref="CliException">The folder is missing, holds no corpus file, or a file cannot be read.</exception>
    public static CorpusFolder Read(string? folder, Terminal terminal)
    {
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder ?? "."));
        if (!Directory.Exists(root))
        {
            throw CliException.Input(File.Exists(root)
                ? $"'{folder}' is a file; give the folder that holds the corpus."
                : $"The folder '{folder}' does not exist.");
        }
        var paths = Find(root);
        if (paths.Count == 0)
        {
            throw CliException.Input($"No corpus files (*{ArticleParser.FileSuffix}, *{RegistryParser.FileSuffix}) in '{root}'.");
        }
        var files = terminal.WithProgress("Reading corpus files", paths, path => ReadFile(root, path));
        return new CorpusFolder(root, files);
    }

    private static List<string> Find(string root)
    {
        var excluded = s_excludedTopFolders.Select(name => Path.Combine(root, name) + Path.DirectorySeparatorChar).ToList();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };
        try
        {
            return Directory.EnumerateFiles(root, "*", options)
                .Where(ParsedCorpusFile.IsCorpusFile)
                .Where(path => !excluded.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal)))
                .Select(path => (Path: path, Relative: RelativePath.Of(root, path)))
                .OrderBy(file => file.Relative, Comparer<string>.Create(CorpusOrder.ComparePaths))
                .Select(file => file.Path)
                .ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CliException.Input($"Cannot list the files of '{root}': {exception.Message}");
        }
    }

    private static CorpusFile ReadFile(string root, string path)
    {
        string relative = RelativePath.Of(root, path);
        try
        {
            using var stream = File.OpenRead(path);
            return new CorpusFile(path, relative, SourceText.From(stream));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw CliException.Input($"Cannot read '{relative}': {exception.Message}");
        }
    }
}
