using System;
using System.Collections.Generic;
using System.Linq;

namespace SampleCorpus.Report;

/// <summary>What happened to a run of words between two versions of a text.</summary>
internal enum DiffOperation
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of words that one <see cref="DiffOperation"/> applies to, joined by single spaces.</summary>
internal readonly record struct DiffSegment(DiffOperation Operation, string Text);

/// <summary>
/// A word-level diff (longest common subsequence). Words match when their letters and digits match,
/// ignoring case, so house style (’ or ', a comma before the attribution) is not a difference.
/// </summary>
internal static class WordDiff
{
    public static IReadOnlyList<DiffSegment> Compare(string before, string after)
    {
        string[] old = Words(before), @new = Words(after);
        int[,] common = CommonSuffixLengths(old, @new);
        var segments = new List<DiffSegment>();
        var removed = new List<string>();
        var added = new List<string>();
        var same = new List<string>();
        int i = 0, j = 0;
        while (i < old.Length || j < @new.Length)
        {
            if (i < old.Length && j < @new.Length && SameWord(old[i], @new[j]))
            {
                Flush(segments, DiffOperation.Removed, removed);
                Flush(segments, DiffOperation.Added, added);
                same.Add(@new[j]);
                i++;
                j++;
                continue;
            }
            Flush(segments, DiffOperation.Same, same);
            if (j == @new.Length || (i < old.Length && common[i + 1, j] >= common[i, j + 1]))
            {
                removed.Add(old[i++]);
            }
            else
            {
                added.Add(@new[j++]);
            }
        }
        Flush(segments, DiffOperation.Same, same);
        Flush(segments, DiffOperation.Removed, removed);
        Flush(segments, DiffOperation.Added, added);
        return DiffCleanup.MergeStrayMatches(segments);
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    // common[i, j]: how many words old[i..] and new[j..] share, in order.
    private static int[,] CommonSuffixLengths(string[] old, string[] @new)
    {
        var common = new int[old.Length + 1, @new.Length + 1];
        for (int i = old.Length - 1; i >= 0; i--)
        {
            for (int j = @new.Length - 1; j >= 0; j--)
            {
                common[i, j] = SameWord(old[i], @new[j])
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        return common;
    }

    private static bool SameWord(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    private static string Key(string word) =>
        new string(word.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static void Flush(List<DiffSegment> segments, DiffOperation operation, List<string> words)
    {
        if (words.Count > 0)
        {
            segments.Add(new DiffSegment(operation, string.Join(" ", words)));
            words.Clear();
        }
    }
}
