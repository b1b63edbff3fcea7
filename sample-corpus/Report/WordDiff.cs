using System;
using System.Collections.Generic;
using System.Linq;
using DiffPlex;
using DiffPlex.Chunkers;

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
/// A word-level diff, computed by DiffPlex. Words match when their letters and digits match, ignoring
/// case, so house style (’ or ', a comma before the attribution) is not a difference.
/// </summary>
internal static class WordDiff
{
    private static readonly IChunker OneWordALine = new LineChunker();

    public static IReadOnlyList<DiffSegment> Compare(string before, string after)
    {
        string[] old = Words(before), @new = Words(after);
        var segments = new List<DiffSegment>();
        if (old.Length == 0 || @new.Length == 0)
        {
            Add(segments, DiffOperation.Removed, old, 0, old.Length);
            Add(segments, DiffOperation.Added, @new, 0, @new.Length);
            return segments;
        }

        // DiffPlex compares chunks as they are written: it is given each word's key, one a line, and
        // its blocks (index ranges) are mapped back to the words as printed.
        var diff = Differ.Instance.CreateDiffs(Keys(old), Keys(@new), ignoreWhiteSpace: false, ignoreCase: false, OneWordALine);
        int next = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(segments, DiffOperation.Same, @new, next, block.InsertStartB - next);
            Add(segments, DiffOperation.Removed, old, block.DeleteStartA, block.DeleteCountA);
            Add(segments, DiffOperation.Added, @new, block.InsertStartB, block.InsertCountB);
            next = block.InsertStartB + block.InsertCountB;
        }
        Add(segments, DiffOperation.Same, @new, next, @new.Length - next);
        return DiffCleanup.MergeStrayMatches(segments);
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string Keys(string[] words) => string.Join("\n", words.Select(Key));

    private static string Key(string word) =>
        new string(word.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static void Add(List<DiffSegment> segments, DiffOperation operation, string[] words, int start, int count)
    {
        if (count > 0)
        {
            segments.Add(new DiffSegment(operation, string.Join(" ", words, start, count)));
        }
    }
}
