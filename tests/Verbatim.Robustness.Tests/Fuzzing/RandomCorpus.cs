using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace Verbatim.Robustness.Tests.Fuzzing;

/// <summary>
/// Generators of valid corpora: ids and text in many scripts, quotation marks, nesting, kinds,
/// escapes, several registries, and text meant to break out of C# literals and comments.
/// </summary>
internal static class RandomCorpus
{
    /// <summary>Characters an id may start with: letters and digits of several scripts, one outside the BMP.</summary>
    private static readonly Gen<string> s_idStart = Gen.OneOf(
        "a", "b", "z", "Q", "0", "7", "é", "ß", "ж", "Ω", "中", "ك", "ש", "क", "한", "٣", "ı", "İ", "𝐀", "ǅ");

    private static readonly Gen<string> s_idPart = Gen.OneOf(
        "a", "x", "R", "9", "-", ".", "_", "ñ", "я", "λ", "語", "م", "\u0301", "\u093F", "𐐀", "ー", "ǆ");

    public static readonly Gen<string> Id = Gen.Select(s_idStart, s_idPart.Array[0, 8], (start, parts) => start + string.Concat(parts));

    /// <summary>Words, white space, punctuation and the pieces of C# and XML that must stay inert.</summary>
    private static readonly Gen<string> s_textPiece = Gen.OneOf(
        "Tillerson", "said", "Путин", "Λαβρόφ", "习近平", "محمد", "שָׁלוֹם", "नमस्ते", "한국어", "😀", "👩‍👩‍👧", "e\u0301", "İı",
        " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00A0", ",", ".", ";", "!", "?", "—",
        "“", "”", "‘", "’", "«", "»", "\"", "'", "{", "}", "\\", "@", "#", ":", "{x}", "\\n", "\\u0022", "\\\"",
        "*/", "/*", "//", "///", "</summary>", "<see cref=\"T\"/>", "&amp;", "&", "<", ">", "]]>", "<!--",
        "#line 1 \"evil.cs\"", "#pragma warning disable", "#error no", "#if false", "\"\"\"", "{0}", "$\"{x}\"",
        "\u2028", "\u2029", "\u0085", "\u202E", "\u202D", "\u2066", "\u2069", "\u200B", "\u200D", "\u00AD", "\u0007");

    public static readonly Gen<string> Text = s_textPiece.Array[1, 12].Select(pieces => string.Concat(pieces));

    /// <summary>Text for a YAML field: never blank, no surrounding white space (YAML keeps it, but names with it are not the point).</summary>
    public static readonly Gen<string> FieldText = Text.Select(text => text.Trim() is { Length: > 0 } trimmed ? trimmed : "N");

    private static readonly Gen<SpeakerDraft> s_speaker = Gen.Select(
        Id,
        FieldText,
        FieldText.Null(),
        FieldText.Null(),
        Gen.OneOf<string?>(null, "person", "organization", "group", "anonymous"),
        FieldText.Array[0, 3],
        (id, name, role, organization, kind, aliases) => new SpeakerDraft(id, name, role, organization, kind, aliases));

    private static readonly Gen<string> s_mark = Gen.OneOf("", "", "“", "”", "\"", "'", "‘", "’", "«", "»", " ", "\n");

    private static readonly Gen<BodyToken> s_token = Gen.Frequency(
        (6, Text.Select(text => (BodyToken)new TextToken(text))),
        (2, Gen.Select(Gen.Int[0, 1000].Array[1, 3], Gen.Bool, Id.Null(), Gen.Int[0, 2], s_mark,
            (picks, upper, id, kind, mark) => (BodyToken)new OpenToken(picks, upper, id, kind, mark))),
        (2, s_mark.Select(mark => (BodyToken)new CloseToken(mark))));

    private static readonly Gen<string?> s_date = Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 28],
        (year, month, day) => $"{year:D4}-{month:D2}-{day:D2}").Null();

    private static readonly Gen<string?> s_url = Gen.OneOf(
        "https://www.example.com/a", "http://example.org/path?q=1&r=\"2\"#frag", "https://例え.jp/путь/*/end",
        "https://x.test/%E2%80%AE/</summary>", "urn:isbn:0451450523", "ftp://user@host:21/a\\b").Null();

    private static readonly Gen<ArticleDraft> s_article = Gen.Select(
        Id,
        Gen.Bool,
        FieldText,
        FieldText.Null(),
        s_date,
        s_url,
        FieldText.Array[0, 3],
        s_token.Array[0, 40],
        Gen.OneOf("\n", "\r\n", "\r"),
        (id, inFrontMatter, title, outlet, published, url, authors, body, newline) =>
            new ArticleDraft(id, inFrontMatter, title, outlet, published, url, authors, body, newline));

    /// <summary>A corpus of 1–8 speakers in 1–3 registries and 1–6 articles; ids made unique afterwards.</summary>
    public static readonly Gen<CorpusDraft> Corpus = Gen.Select(
        s_speaker.Array[1, 8],
        s_article.Array[1, 6],
        Gen.Int[1, 3],
        Gen.Bool,
        (speakers, articles, registries, boms) => new CorpusDraft(
            UniqueIds(speakers, s => s.Id, (s, id) => s with { Id = id }),
            UniqueIds(articles, a => a.Id, (a, id) => a with { Id = id }),
            registries,
            boms));

    /// <summary>Ids compare case-insensitively: a repeat gets a numeric suffix until it is unique.</summary>
    private static T[] UniqueIds<T>(T[] items, Func<T, string> id, Func<T, string, T> withId)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return items.Select(item =>
        {
            string unique = id(item);
            for (int n = 2; !seen.Add(unique); n++)
            {
                unique = id(item) + "-" + n;
            }
            return withId(item, unique);
        }).ToArray();
    }
}
