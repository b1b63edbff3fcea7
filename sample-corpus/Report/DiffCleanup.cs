using System;
using System.Collections.Generic;
using System.Linq;

namespace SampleCorpus.Report;

/// <summary>
/// Makes a word diff readable: a longest common subsequence happily matches a stray "is" or "a" in
/// the middle of a rewrite, which chops one change into many. A match of a word or two with larger
/// changes on both sides becomes part of them.
/// </summary>
internal static class DiffCleanup
{
    private const int StrayMatchWords = 2;

    public static IReadOnlyList<DiffSegment> MergeStrayMatches(IReadOnlyList<DiffSegment> segments)
    {
        var current = segments.ToList();
        int stray;
        while ((stray = FindStrayMatch(current)) >= 0)
        {
            var text = current[stray].Text;
            current[stray] = new DiffSegment(DiffOperation.Removed, text);
            current.Insert(stray + 1, new DiffSegment(DiffOperation.Added, text));
            current = Regroup(current);
        }
        return current;
    }

    private static int FindStrayMatch(List<DiffSegment> segments)
    {
        for (int i = 1; i < segments.Count - 1; i++)
        {
            if (segments[i].Operation != DiffOperation.Same)
            {
                continue;
            }
            int words = WordCount(segments[i].Text);
            if (words <= StrayMatchWords && words <= ChangeSize(segments, i, -1) && words <= ChangeSize(segments, i, +1))
            {
                return i;
            }
        }
        return -1;
    }

    // The larger side (words removed or added) of the change run next to segment i, in one direction.
    private static int ChangeSize(List<DiffSegment> segments, int i, int step)
    {
        int removed = 0, added = 0;
        for (int k = i + step; k >= 0 && k < segments.Count && segments[k].Operation != DiffOperation.Same; k += step)
        {
            if (segments[k].Operation == DiffOperation.Removed)
            {
                removed += WordCount(segments[k].Text);
            }
            else
            {
                added += WordCount(segments[k].Text);
            }
        }
        return Math.Max(removed, added);
    }

    // Each run of changes becomes one removal followed by one addition, words kept in order.
    private static List<DiffSegment> Regroup(List<DiffSegment> segments)
    {
        var result = new List<DiffSegment>();
        int i = 0;
        while (i < segments.Count)
        {
            if (segments[i].Operation == DiffOperation.Same)
            {
                result.Add(segments[i++]);
                continue;
            }
            var removed = new List<string>();
            var added = new List<string>();
            for (; i < segments.Count && segments[i].Operation != DiffOperation.Same; i++)
            {
                (segments[i].Operation == DiffOperation.Removed ? removed : added).Add(segments[i].Text);
            }
            if (removed.Count > 0)
            {
                result.Add(new DiffSegment(DiffOperation.Removed, string.Join(" ", removed)));
            }
            if (added.Count > 0)
            {
                result.Add(new DiffSegment(DiffOperation.Added, string.Join(" ", added)));
            }
        }
        return result;
    }

    private static int WordCount(string text) => text.Split(' ').Length;
}
