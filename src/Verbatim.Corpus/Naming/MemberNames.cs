using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Naming;

/// <summary>
/// Turns ids into the C# member names of the generated API (CONTRACT: split on non-alphanumerics,
/// PascalCase, <c>_</c> before a leading digit, a numeric suffix on collision). The generator and
/// the analyzer both ask here, so the names they use and the VQ0005 they report agree.
/// </summary>
public static class MemberNames
{
    /// <summary>Names a class member of the generated API cannot take in <c>Articles</c> besides the articles.</summary>
    public static readonly EquatableArray<string> ReservedInArticles = new(new[] { "All", "Articles" });

    /// <summary>Names a class member of the generated API cannot take in <c>Speakers</c> besides the speakers.</summary>
    public static readonly EquatableArray<string> ReservedInSpeakers = new(new[] { "All", "Speakers" });

    /// <summary>The member name of <paramref name="id"/> before any collision is resolved; never empty.</summary>
    public static string FromId(string id)
    {
        // TODO(issue 2): implemented in the corpus library work.
        return id;
    }

    /// <summary>
    /// Names <paramref name="ids"/> in the order given; the first to claim a name keeps it, later ones
    /// (and any that claim a reserved name) get the smallest free numeric suffix from 2 on.
    /// </summary>
    public static EquatableArray<MemberName> Assign(IEnumerable<string> ids, IEnumerable<string> reserved)
    {
        // TODO(issue 2): implemented in the corpus library work.
        var names = new List<MemberName>();
        foreach (var id in ids)
        {
            names.Add(new MemberName(id, FromId(id), false));
        }
        return new EquatableArray<MemberName>(names);
    }
}
