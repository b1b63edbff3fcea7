using System;
using System.Collections.Generic;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Splits a quote into the words statements are compared by, so two outlets' printings of the same
/// words read alike: quotation marks, punctuation and dashes separate words and are dropped (a
/// hyphenated word is its parts), case is folded, an initialism is one word (<c>U.S.</c> = <c>US</c>),
/// every apostrophe is <c>'</c>, contractions are written out (<c>There's</c> = <c>there is</c>,
/// <c>can't</c> = <c>cannot</c> = <c>can not</c>), a number word up to twenty and the tens read as
/// digits (<c>five</c> = <c>5</c>), a thousands comma is dropped (<c>10,000</c> = <c>10000</c>) and
/// <c>%</c> reads <c>percent</c>. What an editor cut or put in is a gap, not words: an ellipsis
/// (<c>...</c>, <c>…</c>, <c>[...]</c>) and words in square brackets (<c>[the president]</c>), which
/// an outlet prints in place of words the speaker said. Each word keeps the characters it came
/// from, so a difference can be shown where it was printed.
/// </summary>
public static class StatementWords
{
    // "'s" is "is" only after these; elsewhere it is a possessive and stays part of the word.
    private static readonly HashSet<string> s_isContractions = new()
    {
        "it", "that", "there", "here", "what", "who", "he", "she", "where", "how", "this", "when", "why",
    };

    private static readonly Dictionary<string, string> s_numbers = NumberWords();

    // The only words that read as other words with no apostrophe in them: found with no string made.
    private static readonly WordSet s_readOtherwise = new(new List<string>(s_numbers.Keys) { "cannot" }.ToArray());

    private const string Percent = "percent";
    private static readonly ulong s_percentHash = WordHash.Of(Percent);

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static List<StatementWord> Of(string text)
    {
        var reader = new WordReader();
        Read(text, 0, text.Length, reader);
        var words = new List<StatementWord>(reader.Count);
        string[] spelt = reader.Text().Split(' ');
        for (int w = 0; w < reader.Count; w++)
        {
            words.Add(new StatementWord(spelt[w], reader.Start(w), reader.Length(w), reader.AfterGap(w)));
        }
        return words;
    }

    /// <summary>
    /// Reads the words of the <paramref name="length"/> characters of <paramref name="text"/> from
    /// <paramref name="from"/> on (a quote's content in its article's body) into <paramref name="into"/>,
    /// after clearing it; their places count from <paramref name="from"/>.
    /// </summary>
    internal static void Read(string text, int from, int length, WordReader into)
    {
        into.Clear();
        int i = from, end = from + length;
        bool gap = false;
        while (i < end)
        {
            char first = text[i];
            if (first == '[' && EditorialEnd(text, i, end) is int close)
            {
                (gap, i) = (true, close + 1);
                continue;
            }
            if (first == '…' || (first == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.'))
            {
                gap = true;
            }
            if (first == '%')
            {
                into.Add(Percent, s_percentHash, i - from, 1, gap);
                (gap, i) = (false, i + 1);
                continue;
            }
            if (!IsAsciiLetterOrDigit(first) && (first < 128 || !char.IsLetterOrDigit(first)))
            {
                i++;
                continue;
            }
            // The word is spelt straight into the quote's text (never longer than what is left of
            // the quote), lowered and hashed as it goes.
            int at = into.Spell(end - i);
            char[] word = into.TextBuffer;
            int start = i, spelt = at;
            ulong hash = WordHash.Empty;
            bool apostrophe = false;
            while (i < end)
            {
                char c = text[i];
                if (c < 128)
                {
                    // Most text is ASCII: its letters lower by arithmetic, and only '\'', '.' and ',' can go on a word.
                    if (IsAsciiLetterOrDigit(c))
                    {
                        c = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
                        (word[spelt++], hash) = (c, WordHash.Add(hash, c));
                        i++;
                        continue;
                    }
                    if (c is not ('\'' or '.' or ','))
                    {
                        break;
                    }
                }
                if (c >= 128 && (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || IsCombining(c)))
                {
                    c = char.ToLowerInvariant(c);
                    (word[spelt++], hash) = (c, WordHash.Add(hash, c));
                    i++;
                }
                else if (IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]))
                {
                    (word[spelt++], hash, apostrophe) = ('\'', WordHash.Add(hash, '\''), true);
                    i++;
                }
                else if (IsInitialism(text, from, end, i) || IsThousandsComma(text, from, end, i))
                {
                    // "U.S." reads as "US", "10,000" as "10000": the mark is dropped.
                    i++;
                }
                else
                {
                    break;
                }
            }
            Add(into, new Spelling(word, at, spelt - at, hash, apostrophe), start - from, i - start, gap);
            gap = false;
        }
    }

    /// <summary>
    /// Where the editor's square brackets opened at <paramref name="open"/> close, or null when they
    /// do not (in the quote), or open a Markdown link (<c>[text](url)</c>), whose words are the speaker's.
    /// </summary>
    private static int? EditorialEnd(string text, int open, int end)
    {
        int close = text.IndexOf(']', open + 1, end - open - 1);
        return close < 0 || text.IndexOf('[', open + 1, close - open - 1) >= 0 || (close + 1 < end && text[close + 1] == '(')
            ? null
            : close;
    }

    private static void Add(WordReader into, Spelling spelling, int start, int length, bool gap)
    {
        string word;
        if (!spelling.HasApostrophe)
        {
            if (s_readOtherwise.Find(spelling.Chars, spelling.At, spelling.Length, spelling.Hash) is not { } other)
            {
                // Most words: their characters are in the quote's text already, no string of their own.
                into.Spelt(spelling.Length, spelling.Hash, start, length, gap);
                return;
            }
            word = other;
        }
        else
        {
            word = new string(spelling.Chars, spelling.At, spelling.Length);
        }
        if (s_numbers.TryGetValue(word, out var digits))
        {
            word = digits;
        }
        int apostrophe = word.IndexOf('\'');
        string? first = null, second = null;
        if (word == "cannot")
        {
            (first, second) = ("can", "not");
        }
        else if (apostrophe > 0)
        {
            string stem = word.Substring(0, apostrophe), ending = word.Substring(apostrophe + 1);
            (first, second) = ending switch
            {
                "t" when stem.EndsWith("n", StringComparison.Ordinal) => (NegatedVerb(stem.Substring(0, stem.Length - 1)), "not"),
                "re" => (stem, "are"),
                "ve" => (stem, "have"),
                "ll" => (stem, "will"),
                "m" => (stem, "am"),
                "d" => (stem, "would"),
                "s" when stem == "let" => (stem, "us"),
                "s" when s_isContractions.Contains(stem) => (stem, "is"),
                _ => (null, null),
            };
        }
        if (first is null || second is null)
        {
            into.Add(word, WordHash.Of(word), start, length, gap);
            return;
        }
        into.Add(first, WordHash.Of(first), start, length, gap);
        into.Add(second, WordHash.Of(second), start, length, false);
    }

    // "five" = "5": the words outlets write out or print as digits, by house style.
    private static Dictionary<string, string> NumberWords()
    {
        string[] units =
        {
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        };
        string[] tens = { "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int n = 0; n < units.Length; n++)
        {
            numbers.Add(units[n], n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        for (int n = 0; n < tens.Length; n++)
        {
            numbers.Add(tens[n], ((n + 3) * 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return numbers;
    }

    // "won't" is "will not", "can't" "can not", "shan't" "shall not"; "don't" and the rest drop their "n't".
    private static string NegatedVerb(string stem) => stem switch
    {
        "wo" => "will",
        "ca" => "can",
        "sha" => "shall",
        "ai" => "is",
        _ => stem,
    };

    // A '.' with a single letter before it and a single letter after it, as in U.S. or U.N.
    private static bool IsInitialism(string text, int from, int end, int dot) =>
        text[dot] == '.' && dot >= from + 1 && char.IsLetter(text[dot - 1]) && (dot < from + 2 || !char.IsLetter(text[dot - 2]))
        && dot + 1 < end && char.IsLetter(text[dot + 1]) && (dot + 2 >= end || !char.IsLetter(text[dot + 2]));

    // A ',' between digits with three digits after it and no more, as in 10,000.
    private static bool IsThousandsComma(string text, int from, int end, int comma) =>
        text[comma] == ',' && comma >= from + 1 && char.IsDigit(text[comma - 1])
        && comma + 3 < end && char.IsDigit(text[comma + 1]) && char.IsDigit(text[comma + 2]) && char.IsDigit(text[comma + 3])
        && (comma + 4 >= end || !char.IsDigit(text[comma + 4]));

    private static bool IsAsciiLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '′';

    // A word just spelt into a reader's text: where, its hash, and whether it holds an apostrophe (a contraction, maybe).
    private readonly record struct Spelling(char[] Chars, int At, int Length, ulong Hash, bool HasApostrophe);

    private static bool IsCombining(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}

/// <summary>A word as statements compare it, and the characters of the quote it was read from.</summary>
/// <param name="Text">The normalized word.</param>
/// <param name="Start">Offset of the printed word in the text read (for a contraction, both words point at it).</param>
/// <param name="Length">Length of the printed word.</param>
/// <param name="AfterGap">True when an ellipsis or the editor's bracketed words stand before it: words may be missing there.</param>
public readonly record struct StatementWord(string Text, int Start, int Length, bool AfterGap = false);
