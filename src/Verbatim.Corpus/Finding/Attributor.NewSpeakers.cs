using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Finding;

/// <summary>A name no registry defines becomes a proposed speaker: its name, a free id, and its role from the words set off beside it.</summary>
internal sealed partial class Attributor
{
    // A person no registry defines: "Jane Doe, a spokeswoman for the ministry".
    private Speaker Propose(Mention mention, int q)
    {
        // "Jane Doe" is named without a title before it; "Ms. Doe", known by nothing else, with it. The id never has the title.
        bool titled = Titles.IsTitle(_text, _tokens[mention.First].Start, _tokens[mention.First].Length);
        int nameFirst = titled ? mention.First + 1 : mention.First;
        string words = Collapsed(_tokens[nameFirst].Start, _tokens[mention.End - 1].End);
        string name = titled && mention.End - nameFirst == 1 ? Collapsed(_tokens[mention.First].Start, _tokens[mention.End - 1].End) : words;
        string id = FreeId(Slug(words));
        var speaker = new Speaker(new ProposedSpeaker(id, name, Appositive(mention.End, _tokens[mention.First].Depth), IsDefined: false), SpeakerKind.Person, mention.Gender);
        _newBySurname[Surname(mention)] = speaker;
        _takenIds.Add(id);
        return speaker;
    }

    // The words set off by commas after a name, without their article: ", a spokeswoman for the ministry," → "spokeswoman for the ministry".
    private string? Appositive(int at, int depth)
    {
        if (!IsKind(at, TokenKind.Comma, depth) || !IsWordAt(at + 1, depth))
        {
            return null;
        }
        int first = at + 1;
        if (IsWord(first, "a") || IsWord(first, "an") || IsWord(first, "the"))
        {
            first++;
        }
        if (IsWord(first, "who") || IsVerb(first) || !IsWordAt(first, depth))
        {
            return null;
        }
        int end = first;
        while (end < _tokens.Count && end - first < AppositiveReach && _tokens[end].Depth == depth
            && _tokens[end].Kind is TokenKind.Word or TokenKind.Other && !IsVerb(end))
        {
            end++;
        }
        return end > first ? Collapsed(_tokens[first].Start, _tokens[end - 1].End) : null;
    }

    private string Surname(Mention mention)
    {
        var last = _tokens[mention.End - 1];
        return _text.Substring(last.Start, last.Length);
    }

    private string FreeId(string slug)
    {
        string id = slug.Length == 0 ? "speaker" : slug;
        for (int n = 2; _takenIds.Contains(id); n++)
        {
            id = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return id;
    }

    /// <summary>A name as an id: lower case, words joined by '-', only letters and digits kept.</summary>
    internal static string Slug(string name)
    {
        var id = new System.Text.StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                id.Append(char.ToLowerInvariant(c));
            }
            else if (id.Length > 0 && id[id.Length - 1] != '-' && c is ' ' or '-' or '.')
            {
                id.Append('-');
            }
        }
        return id.ToString().Trim('-');
    }
}
