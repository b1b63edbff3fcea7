using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Naming;

/// <summary>
/// Turns ids into the C# member names of the generated API (docs/generated-api.md: split on non-alphanumerics,
/// PascalCase, <c>_</c> before a leading digit, a numeric suffix on collision). The generator and
/// the analyzer both ask here, so the names they use and the VQ0005 they report agree.
/// </summary>
public static class MemberNames
{
    /// <summary>Names a class member of the generated API cannot take in <c>Articles</c> besides the articles.</summary>
    public static readonly EquatableArray<string> ReservedInArticles = new(new[] { GeneratedApiNames.All, GeneratedApiNames.Articles });

    /// <summary>Names a class member of the generated API cannot take in <c>Speakers</c> besides the speakers.</summary>
    public static readonly EquatableArray<string> ReservedInSpeakers = new(new[] { GeneratedApiNames.All, GeneratedApiNames.Speakers });

    /// <summary>Names a class member of the generated API cannot take in <c>Statements</c> besides the statements.</summary>
    public static readonly EquatableArray<string> ReservedInStatements = new(new[] { GeneratedApiNames.All, GeneratedApiNames.Statements });

    // What a per-article class already has: the Article members it forwards and object's.
    private static readonly string[] s_articleClassMembers =
        GeneratedApiNames.ForwardedArticleMembers.Concat(GeneratedApiNames.ObjectInstanceMembers).ToArray();

    // The same, as a set: every article's quotes are named against it, so it is hashed once (never modified).
    private static readonly HashSet<string> s_articleClassMemberSet = new(s_articleClassMembers, System.StringComparer.Ordinal);

    /// <summary>
    /// Names a quote member may not take in the per-article class <paramref name="className"/>
    /// (<c>&lt;Member&gt;Article</c>): the class name itself and the members the class already has.
    /// </summary>
    public static EquatableArray<string> ReservedInArticleClass(string className)
    {
        var reserved = new string[s_articleClassMembers.Length + 1];
        reserved[0] = className;
        s_articleClassMembers.CopyTo(reserved, 1);
        return new EquatableArray<string>(reserved);
    }

    /// <summary>
    /// The member name of <paramref name="id"/> before any collision is resolved: the runs of
    /// letters, digits and combining marks, each starting upper-case, joined; <c>_</c> first when it would
    /// not start with a letter; <c>_</c> alone when the id has no letters or digits. Never empty.
    /// </summary>
    public static string FromId(string id)
    {
        var name = new StringBuilder(id.Length + 1);
        bool startOfWord = true;
        foreach (char c in id)
        {
            if (!IsNamePart(c))
            {
                startOfWord = true;
                continue;
            }
            if (name.Length == 0 && !char.IsLetter(c))
            {
                name.Append('_');
            }
            name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }
        return name.Length == 0 ? "_" : name.ToString();
    }

    /// <summary>
    /// Names <paramref name="ids"/> in the order given; the first to claim a name keeps it, later ones
    /// (and any that claim a reserved name) get the smallest free numeric suffix from 2 on. A suffixed
    /// name never takes the plain name of another id, so a rename never cascades. Only the first
    /// <paramref name="limit"/> ids get a name; the rest get none (null), so the class stays loadable.
    /// </summary>
    public static EquatableArray<MemberName> Assign(IEnumerable<string> ids, IEnumerable<string> reserved, int limit) =>
        Assign(ids, new HashSet<string>(reserved, System.StringComparer.Ordinal), limit);

    /// <summary>
    /// <see cref="Assign(IEnumerable{string}, IEnumerable{string}, int)"/> with <see cref="ReservedInArticleClass"/>
    /// reserved, without hashing the class's members again for every article.
    /// </summary>
    public static EquatableArray<MemberName> AssignInArticleClass(IEnumerable<string> ids, string className, int limit)
    {
        var taken = new HashSet<string>(s_articleClassMemberSet, System.StringComparer.Ordinal) { className };
        return Assign(ids, taken, limit);
    }

    // Names the ids against taken, which it fills.
    private static EquatableArray<MemberName> Assign(IEnumerable<string> ids, HashSet<string> taken, int limit)
    {
        var pending = new List<(string Id, string Name)>();
        var plainNames = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var id in ids)
        {
            string name = FromId(id);
            pending.Add((id, name));
            plainNames.Add(name);
        }
        var names = new List<MemberName>(pending.Count);
        foreach (var (id, name) in pending)
        {
            if (names.Count >= limit)
            {
                names.Add(new MemberName(id, null, false));
                continue;
            }
            if (taken.Add(name))
            {
                names.Add(new MemberName(id, name, false));
                continue;
            }
            string renamed = name;
            for (int suffix = 2; taken.Contains(renamed) || plainNames.Contains(renamed); suffix++)
            {
                renamed = name + suffix.ToString(CultureInfo.InvariantCulture);
            }
            taken.Add(renamed);
            names.Add(new MemberName(id, renamed, true));
        }
        return new EquatableArray<MemberName>(names);
    }

    // C# identifiers take letters, decimal digits and combining marks; a UTF-16 surrogate is none of them.
    private static bool IsNamePart(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
