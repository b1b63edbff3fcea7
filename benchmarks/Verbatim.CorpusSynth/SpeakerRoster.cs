using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Verbatim.CorpusSynth;

/// <summary>Makes the corpus-wide registry: mostly people, some institutions, groups and anonymous sources.</summary>
internal static class SpeakerRoster
{
    public static IReadOnlyList<SyntheticSpeaker> Create(Random random, int count)
    {
        var speakers = new List<SyntheticSpeaker>(count);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < count; i++)
        {
            double roll = random.NextDouble();
            var speaker = roll < 0.85 ? Person(random, taken)
                : roll < 0.92 ? Institution(random, taken)
                : roll < 0.96 ? Unnamed(random, taken, Vocabulary.GroupNames, "group", "the group")
                : Unnamed(random, taken, Vocabulary.AnonymousNames, "anonymous", "the official");
            speakers.Add(speaker);
        }
        return speakers;
    }

    /// <summary>A speaker defined in one article's front matter, quoted only there.</summary>
    public static SyntheticSpeaker Local(Random random, string articleId, int number)
    {
        string given = Pick(random, Vocabulary.GivenNames), family = Pick(random, Vocabulary.FamilyNames);
        string id = string.Create(CultureInfo.InvariantCulture, $"{articleId}-witness-{number}");
        return new SyntheticSpeaker(id, $"{given} {family}", "a resident", null, "person", Array.Empty<string>(), $"{given} {family}");
    }

    public static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static SyntheticSpeaker Person(Random random, HashSet<string> taken)
    {
        string given = Pick(random, Vocabulary.GivenNames), family = Pick(random, Vocabulary.FamilyNames);
        string title = random.Next(2) == 0 ? "Ms." : "Mr.";
        string id = Claim(taken, $"{given}-{family}".ToLowerInvariant());
        string? organization = random.Next(3) == 0 ? null : Pick(random, Vocabulary.Organizations);
        var aliases = new[] { $"{given} {family}", $"{title} {family}" };
        return new SyntheticSpeaker(id, $"{given} {family}", Pick(random, Vocabulary.Roles), organization, "person", aliases, $"{title} {family}");
    }

    private static SyntheticSpeaker Institution(Random random, HashSet<string> taken)
    {
        string name = Pick(random, Vocabulary.Organizations);
        string id = Claim(taken, Slug(name));
        return new SyntheticSpeaker(id, name, null, null, "organization", Array.Empty<string>(), "the " + name);
    }

    private static SyntheticSpeaker Unnamed(Random random, HashSet<string> taken, string[] names, string kind, string reference)
    {
        string name = Pick(random, names);
        string id = Claim(taken, kind + "-source");
        return new SyntheticSpeaker(id, name, null, null, kind, Array.Empty<string>(), reference);
    }

    /// <summary>The id itself when free, else the id with the smallest free numeric suffix.</summary>
    private static string Claim(HashSet<string> taken, string id)
    {
        string candidate = id;
        for (int suffix = 2; !taken.Add(candidate); suffix++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{id}-{suffix}");
        }
        return candidate;
    }

    private static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (char c in name.ToLowerInvariant())
        {
            slug.Append(char.IsLetterOrDigit(c) ? c : '-');
        }
        return slug.ToString();
    }
}
