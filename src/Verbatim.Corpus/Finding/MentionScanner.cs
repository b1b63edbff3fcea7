using System.Collections.Generic;

namespace Verbatim.Corpus.Finding;

/// <summary>
/// Finds, in one pass over the tokens, every place the text names someone: a defined speaker
/// (longest name first), a pronoun, or a capitalised name nobody defined. Each token starts at
/// most one mention and the name index is walked at most a few words deep, so the pass is linear.
/// </summary>
internal static class MentionScanner
{
    private static readonly WordSet s_notNames = new(new[]
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "It", "Its", "This", "That", "These", "Those", "He", "She",
        "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Asked", "When", "While", "After", "Before", "As",
        "If", "For", "From", "With", "By", "To", "Of", "So", "Yet", "Still", "Then", "There", "Here", "What", "Why",
        "How", "Who", "Where", "Both", "Neither", "Either", "Some", "Many", "Most", "All", "No", "Not", "Now", "Later",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Mr.", "Ms.", "Mrs.",
    });

    private static readonly WordSet s_pronouns = new(new[] { "he", "she", "they", "it" });

    private static readonly WordSet s_determiners = new(new[] { "the", "a", "an" });

    public static Mentions Scan(string text, List<Token> tokens, SpeakerIndex index, FinderText counter)
    {
        var found = new List<Mention>();
        var startingAt = new int[tokens.Count];
        var endingAt = new int[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            startingAt[i] = endingAt[i] = -1;
        }
        int t = 0;
        while (t < tokens.Count)
        {
            counter.Count();
            if (tokens[t].Kind != TokenKind.Word)
            {
                t++;
                continue;
            }
            var mention = At(text, tokens, t, index);
            if (mention is { } m)
            {
                startingAt[m.First] = endingAt[m.End - 1] = found.Count;
                found.Add(m);
                t = m.End;
            }
            else
            {
                t++;
            }
        }
        return new Mentions(found, startingAt, endingAt);
    }

    private static Mention? At(string text, List<Token> tokens, int t, SpeakerIndex index)
    {
        var token = tokens[t];
        var (speaker, length) = index.Match(text, tokens, t);
        // "the Kremlin spokesman": a determiner before a role belongs to it (and outweighs "the Kremlin").
        if (IsDeterminer(text, token) && t + 1 < tokens.Count && index.Match(text, tokens, t + 1) is { Length: > 0 } role && role.Length + 1 > length)
        {
            (speaker, length) = (role.Speaker, role.Length + 1);
        }
        // "Mr. Lavrov", "Foreign Minister Lavrov": titles before a defined name.
        // A title that is also part of roles several speakers share ("President") names no one by itself.
        int titled = t;
        while ((length == 0 || speaker < 0) && titled < tokens.Count - 1 && titled - t < 2 && IsTitle(text, tokens[titled]))
        {
            titled++;
            var (s, l) = index.Match(text, tokens, titled);
            if (l > 0 && s >= 0)
            {
                (speaker, length) = (s, l + titled - t);
            }
        }
        if (length > 0)
        {
            char gender = IsTitle(text, token) ? Titles.GenderOf(Word(text, token)) : '\0';
            if (gender == '\0' && speaker >= 0)
            {
                gender = index.Speakers[speaker].Gender;
            }
            return new Mention(t, t + length, MentionKind.Defined, speaker, gender);
        }
        if (s_pronouns.Contains(text, token.Start, token.Length))
        {
            char first = char.ToLowerInvariant(text[token.Start]);
            char gender = first == 'h' ? 'm' : first == 's' ? 'f' : 'n';
            return new Mention(t, t + 1, MentionKind.Pronoun, -1, gender);
        }
        return char.IsUpper(text[token.Start]) ? Unknown(text, tokens, t) : null;
    }

    // A title and capitalised words ("Ms. Doe"), or two to four capitalised words ("Jane Doe", "Maria V. Zakharova").
    private static Mention? Unknown(string text, List<Token> tokens, int t)
    {
        bool titled = IsTitle(text, tokens[t]);
        int first = titled ? t + 1 : t;
        int end = first;
        while (end < tokens.Count && end - first < 4 && tokens[end].Kind == TokenKind.Word && IsNameWord(text, tokens[end]))
        {
            end++;
        }
        int words = end - first;
        if (words == 0 || (!titled && words < 2) || (!titled && NotAName(text, tokens[first])))
        {
            return null;
        }
        // "Ms. Doe said Tuesday": a day or month is never part of the name.
        while (end > first && NotAName(text, tokens[end - 1]))
        {
            end--;
        }
        if (end == first || (!titled && end - first < 2))
        {
            return null;
        }
        return new Mention(t, end, MentionKind.Unknown, -1, titled ? Titles.GenderOf(Word(text, tokens[t])) : '\0');
    }

    private static bool NotAName(string text, Token token) => s_notNames.Contains(text, token.Start, token.Length);

    private static bool IsNameWord(string text, Token token) =>
        char.IsUpper(text[token.Start]) && !(token.Length > 1 && IsAllUpper(text, token) && token.Length > 4);

    private static bool IsAllUpper(string text, Token token)
    {
        for (int i = token.Start; i < token.End; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsTitle(string text, Token token) => char.IsUpper(text[token.Start]) && Titles.IsTitle(text, token.Start, token.Length);

    private static bool IsDeterminer(string text, Token token) => token.Length <= 3 && s_determiners.Contains(text, token.Start, token.Length);

    public static string Word(string text, Token token) => text.Substring(token.Start, token.Length);
}

/// <summary>The mentions of one text, and for each token the mention that starts or ends there (-1 for none).</summary>
internal sealed record Mentions(List<Mention> All, int[] StartingAt, int[] EndingAt);
