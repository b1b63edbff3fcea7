using System.Collections.Generic;

namespace Verbatim.Corpus.Finding;

/// <summary>Words that come before a surname (<c>Mr. Lavrov</c>, <c>Secretary Tillerson</c>), and what they say of gender.</summary>
internal static class Titles
{
    private static readonly WordSet s_titles = new(new[]
    {
        "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Prof.", "Professor", "Secretary", "President",
        "Minister", "Senator", "Sen.", "Rep.", "Representative", "Gov.", "Governor", "Ambassador", "Gen.", "General",
        "Chancellor", "Judge", "Justice", "Mayor", "Premier", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh",
        "Chairman", "Chairwoman", "Director", "Commissioner", "Lt.", "Col.", "Capt.", "Adm.", "Admiral", "Sgt.", "Rev.",
        "Father", "Sister", "Lord", "Lady", "Sir", "Dame", "Spokesman", "Spokeswoman", "Envoy", "Chief", "Speaker",
    });

    public static bool IsTitle(string text, int start, int length) =>
        length <= 14 && s_titles.Contains(text, start, length);

    /// <summary>'m', 'f', or '\0' when the word says nothing of gender.</summary>
    public static char GenderOf(string word) => word.TrimEnd('.').ToLowerInvariant() switch
    {
        "mr" or "king" or "prince" or "father" or "lord" or "sir" or "spokesman" or "chairman" or "he" or "his" or "him" or "businessman" or "congressman" => 'm',
        "mrs" or "ms" or "miss" or "queen" or "princess" or "sister" or "lady" or "dame" or "spokeswoman" or "chairwoman" or "she" or "her" or "businesswoman" or "congresswoman" => 'f',
        _ => '\0',
    };

    /// <summary>The gender the words of a name, alias or role point to, or '\0'.</summary>
    public static char GenderOfWords(string? words)
    {
        if (words is null)
        {
            return '\0';
        }
        foreach (var word in words.Split(' ', ',', '’', '\''))
        {
            char gender = GenderOf(word);
            if (gender != '\0')
            {
                return gender;
            }
        }
        return '\0';
    }
}
