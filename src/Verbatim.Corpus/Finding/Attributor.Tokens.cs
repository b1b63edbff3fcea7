namespace Verbatim.Corpus.Finding;

/// <summary>Token tests and cue text shared by every rule.</summary>
internal sealed partial class Attributor
{
    private bool IsVerb(int t) => t >= 0 && t < _tokens.Count && SpeechVerbs.IsSpeechVerb(_text, _tokens[t]);

    private bool IsWordAt(int t, int depth) => t >= 0 && t < _tokens.Count && _tokens[t].Kind == TokenKind.Word && _tokens[t].Depth == depth;

    private bool IsKind(int t, TokenKind kind, int depth) => t >= 0 && t < _tokens.Count && _tokens[t].Kind == kind && _tokens[t].Depth == depth;

    private bool IsWord(int t, string word) =>
        t >= 0 && t < _tokens.Count && _tokens[t].Kind == TokenKind.Word && _tokens[t].Length == word.Length
        && string.CompareOrdinal(_text, _tokens[t].Start, word, 0, word.Length) == 0;

    // The text between two offsets with each run of white space as one space (cues may span a line break).
    private string Collapsed(int start, int end)
    {
        var text = new System.Text.StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            char c = _text[i];
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[text.Length - 1] != ' ')
            {
                text.Append(' ');
            }
        }
        return text.ToString();
    }
}
