using System.Collections.Generic;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Splits a quote into the words statements are compared by, so two outlets' printings of the same
/// words read alike: quotation marks, punctuation and dashes separate words and are dropped (a
/// hyphenated word is its parts), case is folded, an initialism is one word (<c>U.S.</c> = <c>US</c>),
/// every apostrophe is <c>'</c>, and contractions are
/// written out (<c>There's</c> = <c>there is</c>, <c>can't</c> = <c>cannot</c> = <c>can not</c>).
/// Each word keeps the characters it came from, so a difference can be shown where it was printed.
/// </summary>
public static class StatementWords
{
    // "'s" is "is" only after these; elsewhere it is a possessive and stays part of the word.
    private static readonly HashSet<string> s_isContractions = new()
    {
        "it", "that", "there", "here", "what", "who", "he", "she", "where", "how", "this", "when", "why",
    };

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static List<StatementWord> Of(string text)
    {
        var words = new List<StatementWord>(text.Length / 5);
        // A word is never longer than the text: one buffer serves every word.
        var word = new char[text.Length];
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i, length = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || IsCombining(c))
                {
                    word[length++] = char.ToLowerInvariant(c);
                    i++;
                }
                else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    word[length++] = '\'';
                    i++;
                }
                else if (IsInitialism(text, i))
                {
                    // "U.S." reads as "US": the dot between single letters is dropped.
                    i++;
                }
                else
                {
                    break;
                }
            }
            Add(words, new string(word, 0, length), start, i - start);
        }
        return words;
    }

    private static void Add(List<StatementWord> words, string word, int start, int length)
    {
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
                "t" when stem.EndsWith("n", System.StringComparison.Ordinal) => (NegatedVerb(stem.Substring(0, stem.Length - 1)), "not"),
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
            words.Add(new StatementWord(word, start, length));
            return;
        }
        words.Add(new StatementWord(first, start, length));
        words.Add(new StatementWord(second, start, length));
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
    private static bool IsInitialism(string text, int dot) =>
        text[dot] == '.' && dot >= 1 && char.IsLetter(text[dot - 1]) && (dot < 2 || !char.IsLetter(text[dot - 2]))
        && dot + 1 < text.Length && char.IsLetter(text[dot + 1]) && (dot + 2 >= text.Length || !char.IsLetter(text[dot + 2]));

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '′';

    private static bool IsCombining(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}

/// <summary>A word as statements compare it, and the characters of the quote it was read from.</summary>
/// <param name="Text">The normalized word.</param>
/// <param name="Start">Offset of the printed word in the text read (for a contraction, both words point at it).</param>
/// <param name="Length">Length of the printed word.</param>
public readonly record struct StatementWord(string Text, int Start, int Length);
