using System;
using System.Collections.Generic;
using System.Linq;
using SampleCorpus.Corpus;

namespace SampleCorpus.Report;

/// <summary>Finds a speaker by id (case-insensitive, as the corpus compares ids) and suggests close ids.</summary>
internal static class SpeakerLookup
{
    public static Speaker? Find(IReadOnlyList<Speaker> speakers, string id) =>
        speakers.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Ids within a few edits of <paramref name="wanted"/>, or whose id, name or alias contains it
    /// (so "hammond" finds "r.c.-hammond"), closest first.
    /// </summary>
    public static IReadOnlyList<string> CloseIds(IReadOnlyList<Speaker> speakers, string wanted)
    {
        string key = wanted.ToLowerInvariant();
        int allowed = Math.Max(2, key.Length / 3);
        return speakers
            .Select(s => (s.Id, Distance: EditDistance(key, s.Id.ToLowerInvariant()), Mentions: Mentions(s, key)))
            .Where(c => c.Distance <= allowed || c.Mentions)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.Id)
            .ToList();
    }

    private static bool Mentions(Speaker speaker, string key) =>
        key.Length >= 3
        && new[] { speaker.Id, speaker.Name }.Concat(speaker.Aliases)
            .Any(text => text.Contains(key, StringComparison.OrdinalIgnoreCase));

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
