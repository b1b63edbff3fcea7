using System;
using System.Text;

namespace Verbatim.Corpus.Resolution;

/// <summary>How close an unknown id is to a defined one: case-insensitive edit distance, and ids made from names.</summary>
internal static class IdSimilarity
{
    /// <summary>Ids longer than this get no suggestions: the distance costs length squared, and such ids are no typos.</summary>
    public const int MaxComparedLength = 128;

    /// <summary>The largest edit distance still worth suggesting for <paramref name="id"/>.</summary>
    public static int Tolerance(string id) => Math.Max(1, id.Length / 3);

    /// <summary>Levenshtein distance ignoring case, or <c>int.MaxValue</c> when it is certainly above <paramref name="limit"/>.</summary>
    public static int Distance(string left, string right, int limit)
    {
        if (Math.Abs(left.Length - right.Length) > limit || left.Length > MaxComparedLength || right.Length > MaxComparedLength)
        {
            return int.MaxValue;
        }
        string a = left.ToLowerInvariant(), b = right.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
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

    /// <summary>The id a name would have: lower case, each run of other characters one <c>-</c> (<c>Rex Tillerson</c> → <c>rex-tillerson</c>).</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[slug.Length - 1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }
}
