using System.Globalization;

namespace Verbatim.Corpus.Parsing;

/// <summary>
/// The grammar of speaker, article and quote ids: a letter or digit, then letters, digits,
/// combining marks, <c>.</c>, <c>_</c> and <c>-</c>, of any script. Ids compare case-insensitively.
/// </summary>
public static class IdGrammar
{
    /// <summary>True when <paramref name="id"/> is a well-formed id.</summary>
    public static bool IsValid(string id)
    {
        if (id.Length == 0 || !IsLetterOrDigit(id, 0))
        {
            return false;
        }
        for (int i = 1; i < id.Length; i++)
        {
            if (!IsIdPart(id, i))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the character at <paramref name="index"/> may appear inside an id.</summary>
    internal static bool IsIdPart(string text, int index)
    {
        char c = text[index];
        return c is '.' or '_' or '-' || IsLetterOrDigit(text, index) || IsMark(text, index);
    }

    private static bool IsLetterOrDigit(string text, int index) =>
        char.IsLetterOrDigit(text, StartOfCharacter(text, index));

    private static bool IsMark(string text, int index) =>
        CharUnicodeInfo.GetUnicodeCategory(text, StartOfCharacter(text, index))
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // A low surrogate belongs to the character its high surrogate starts, so judge the pair.
    private static int StartOfCharacter(string text, int index) =>
        index > 0 && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;
}
