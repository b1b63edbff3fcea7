using System.Collections.Generic;

namespace Verbatim.Corpus.Finding;

/// <summary>
/// Finds the turns of a transcript printed with an article: a paragraph that opens with a defined
/// speaker's name of two words or more and a colon (<c>President of Russia Vladimir Putin: Mr
/// Tillerson, I am …</c>). The turn's words are that speaker's, without quotation marks, and run
/// over the following paragraphs until the next turn. One pass over the tokens.
/// </summary>
internal static class TranscriptTurns
{
    /// <param name="ContentStart">Offset of the first word after the colon.</param>
    /// <param name="ContentEnd">Offset just past the turn's last word.</param>
    /// <param name="Speaker">The speaker's index in the <see cref="SpeakerIndex"/>.</param>
    /// <param name="CueFirst">The name's first token.</param>
    /// <param name="CueEnd">Just past the colon.</param>
    public readonly record struct Turn(int ContentStart, int ContentEnd, int Speaker, int CueFirst, int CueEnd);

    public static List<Turn> Find(List<Token> tokens, Mentions mentions, FinderText counter)
    {
        var turns = new List<Turn>();
        int open = -1;
        Turn current = default;
        int lastWordEnd = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            counter.Count();
            var token = tokens[t];
            bool paragraphStart = t == 0 || tokens[t - 1].Kind == TokenKind.Paragraph;
            if (paragraphStart && token.Depth == 0 && TurnAt(tokens, mentions, t) is { } turn)
            {
                if (open >= 0)
                {
                    turns.Add(current with { ContentEnd = lastWordEnd });
                }
                open = t;
                current = turn;
                t = turn.CueEnd - 1;
                continue;
            }
            // A quotation or an annotation inside a turn ends it: the transcript is over, or is quoted prose.
            if (open >= 0 && token.Kind is TokenKind.Open or TokenKind.Annotation)
            {
                turns.Add(current with { ContentEnd = lastWordEnd });
                open = -1;
            }
            if (token.Kind != TokenKind.Paragraph)
            {
                lastWordEnd = token.End;
            }
        }
        if (open >= 0)
        {
            turns.Add(current with { ContentEnd = lastWordEnd });
        }
        turns.RemoveAll(turn => turn.ContentEnd <= turn.ContentStart);
        return turns;
    }

    /// <summary>
    /// A quick look at the characters alone: false when no line opens with a colon after nothing but
    /// capitalised or short words, so no turn can start anywhere and the words need not be read at all.
    /// </summary>
    public static bool MayHold(FinderText text)
    {
        string s = text.Text;
        for (int line = text.Start; line < text.End; line = s.IndexOf('\n', line) is var next and >= 0 ? next + 1 : text.End)
        {
            int i = line;
            while (i < text.End && i - line < MaxNameLength && s[i] != '\n')
            {
                if (s[i] == ':')
                {
                    return true;
                }
                // A lowercase word of four letters or more ("said") is prose, not a name.
                if (char.IsLower(s[i]) && (i == line || !char.IsLetter(s[i - 1])) && i + 3 < text.End
                    && char.IsLetter(s[i + 1]) && char.IsLetter(s[i + 2]) && char.IsLetter(s[i + 3]))
                {
                    break;
                }
                i++;
            }
        }
        return false;
    }

    private const int MaxNameLength = 80;

    private static Turn? TurnAt(List<Token> tokens, Mentions mentions, int t)
    {
        int m = mentions.StartingAt[t];
        if (m < 0)
        {
            return null;
        }
        var mention = mentions.All[m];
        int colon = mention.End;
        bool turn = mention.Kind == MentionKind.Defined && mention.Speaker >= 0 && mention.End - mention.First >= 2
            && colon + 1 < tokens.Count && tokens[colon].Kind == TokenKind.Colon && tokens[colon + 1].Kind == TokenKind.Word;
        return turn ? new Turn(tokens[colon + 1].Start, 0, mention.Speaker, mention.First, colon + 1) : null;
    }
}
