using System;
using System.Collections.Generic;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Fuzzing.Inputs;

/// <summary>
/// How an input becomes corpus files (<see cref="InputShape"/>). <see cref="Split"/> makes several files of one input:
/// a line <c>==&gt; NAME</c> starts a new file named NAME (a name ending in <c>.speakers.yaml</c> is a
/// registry, any other an article); text before the first such line is <c>fuzz.article.md</c>.
/// </summary>
public static class FuzzFiles
{
    public const string FileMarker = "==> ";

    private const string DefaultArticle = "fuzz" + ArticleParser.FileSuffix;

    public static IReadOnlyList<FuzzFile> Of(InputShape shape, string input) => shape switch
    {
        InputShape.Article => new[] { new FuzzFile(DefaultArticle, input) },
        InputShape.Registry => new[] { new FuzzFile("fuzz" + RegistryParser.FileSuffix, input) },
        _ => Split(input),
    };

    public static IReadOnlyList<FuzzFile> Split(string input)
    {
        var files = new List<FuzzFile>();
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string path = DefaultArticle;
        bool preamble = true;
        int start = 0;
        while (true)
        {
            int marker = NextMarker(input, start);
            int end = marker < 0 ? input.Length : marker;
            // Text before the first marker is a file when there is any, or when there is no marker at all.
            if (!preamble || end > start || marker < 0)
            {
                files.Add(new FuzzFile(Unique(path, paths), input.Substring(start, end - start)));
            }
            if (marker < 0)
            {
                return files;
            }
            preamble = false;
            int nameStart = marker + FileMarker.Length;
            int lineEnd = input.IndexOf('\n', nameStart);
            int nameEnd = lineEnd < 0 ? input.Length : lineEnd;
            path = Name(input.Substring(nameStart, nameEnd - nameStart), files.Count);
            start = lineEnd < 0 ? input.Length : lineEnd + 1;
        }
    }

    public static bool IsRegistry(FuzzFile file) => file.Path.EndsWith(RegistryParser.FileSuffix, StringComparison.OrdinalIgnoreCase);

    // A marker counts at the start of a line only, so a body may still hold the text "==> ".
    private static int NextMarker(string input, int from)
    {
        for (int i = input.IndexOf(FileMarker, from, StringComparison.Ordinal); i >= 0; i = input.IndexOf(FileMarker, i + 1, StringComparison.Ordinal))
        {
            if (i == 0 || input[i - 1] == '\n')
            {
                return i;
            }
        }
        return -1;
    }

    // A build lists each file once: a name written again is another file, numbered until it is new.
    private static string Unique(string path, HashSet<string> taken)
    {
        string unique = path;
        for (int n = taken.Count; !taken.Add(unique); n++)
        {
            unique = n + "-" + path;
        }
        return unique;
    }

    // Names come from the input, but paths stay plain: no separators and never empty, as a build lists them.
    private static string Name(string written, int index)
    {
        string name = written.Trim().Replace('/', '_').Replace('\\', '_');
        return name.Length == 0 ? "file" + index + ArticleParser.FileSuffix : name;
    }
}
