using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Options;

/// <summary>
/// The compiler's <c>PathMap</c> (<c>/pathmap:K1=V1,K2=V2</c>), applied to the corpus paths the
/// generated code names in <c>#line</c> directives. The compiler maps the paths it writes to the PDB
/// and to <c>CallerFilePath</c>, but not the text of generated files, which the PDB embeds: without
/// this, a corpus path would make the build differ between two checkout folders.
/// Parsed and applied the way the compiler does: <c>,</c> and <c>=</c> are escaped by doubling, keys and
/// values end with a separator, the first key that prefixes a path (ordinal) wins, and the rest of the
/// path takes the replacement's separator when the replacement uses one kind only.
/// </summary>
internal sealed record PathMapping(EquatableArray<PathMapping.Entry> Entries)
{
    public static PathMapping None { get; } = new(EquatableArray<Entry>.Empty);

    /// <summary>One key and its replacement, the key with <c>/</c> separators like every corpus path here.</summary>
    internal sealed record Entry(string From, string To);

    /// <summary>The mapping an MSBuild <c>PathMap</c> value gives; an entry the compiler would reject is left out.</summary>
    public static PathMapping Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return None;
        }
        var entries = new List<Entry>();
        foreach (string pair in Split(value!, ','))
        {
            var parts = Split(pair, '=');
            if (parts.Count == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            {
                entries.Add(new Entry(CorpusPaths.Normalize(WithSeparator(parts[0])), WithSeparator(parts[1])));
            }
        }
        return new PathMapping(new EquatableArray<Entry>(entries.ToArray()));
    }

    /// <summary><paramref name="path"/> (with <c>/</c> separators) as the compiler would map it.</summary>
    public string Map(string path)
    {
        foreach (var entry in Entries)
        {
            if (path.StartsWith(entry.From, System.StringComparison.Ordinal))
            {
                string mapped = entry.To + path.Substring(entry.From.Length);
                bool slash = entry.To.IndexOf('/') >= 0;
                bool backslash = entry.To.IndexOf('\\') >= 0;
                return slash && !backslash ? mapped.Replace('\\', '/')
                    : backslash && !slash ? mapped.Replace('/', '\\')
                    : mapped;
            }
        }
        return path;
    }

    private static string WithSeparator(string path) =>
        path.EndsWith("/", System.StringComparison.Ordinal) || path.EndsWith("\\", System.StringComparison.Ordinal)
            ? path
            : path + (path.IndexOf('\\') >= 0 && path.IndexOf('/') < 0 ? "\\" : "/");

    /// <summary>Splits on <paramref name="separator"/>; a doubled separator is a literal one.</summary>
    private static List<string> Split(string value, char separator)
    {
        var parts = new List<string>();
        var part = new System.Text.StringBuilder();
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] != separator)
            {
                part.Append(value[i]);
            }
            else if (i + 1 < value.Length && value[i + 1] == separator)
            {
                part.Append(separator);
                i++;
            }
            else
            {
                parts.Add(part.ToString());
                part.Clear();
            }
        }
        parts.Add(part.ToString());
        return parts;
    }
}
