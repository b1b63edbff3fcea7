using System;
using System.Linq;
using System.Text;

namespace Verbatim.CorpusSynth;

/// <summary>
/// Writes one outlet's printing of a shared statement, the ways outlets print one another's
/// quotes: a copy, an excerpt of three or more words, a light misquote (a word changed or
/// dropped), the sentence split around the attribution, or its two ends around an ellipsis; the
/// attributions are the stock ones ("said in a statement", "told reporters").
/// </summary>
internal sealed class StatementPrinter
{
    private static readonly string[] s_attributions =
    {
        "said", "said in a statement", "told reporters", "said on Tuesday", "said in an interview", "wrote on social media",
    };

    private readonly Random _random;
    private readonly NewsVocabulary _vocabulary;

    public StatementPrinter(Random random, NewsVocabulary vocabulary) => (_random, _vocabulary) = (random, vocabulary);

    /// <summary>Appends the printing and returns how many annotations it holds.</summary>
    public int Write(StringBuilder body, SharedStatement statement)
    {
        var words = statement.Words.Split(' ');
        string id = statement.Speaker.Id, who = statement.Speaker.Reference;
        string said = s_attributions[_random.Next(s_attributions.Length)];
        int form = _random.Next(100);
        if (form < 45)
        {
            // A copy, before or after its attribution.
            if (_random.Next(2) == 0)
            {
                Quote(body, id, string.Join(" ", words), ",”} ").Append(who).Append(' ').Append(said).Append('.');
            }
            else
            {
                Quote(body.Append(ProseWriter.Capitalize(who)).Append(' ').Append(said).Append(": "), id, string.Join(" ", words), ".”}");
            }
        }
        else if (form < 65)
        {
            int length = _random.Next(3, Math.Min(8, words.Length - 1) + 1), start = _random.Next(words.Length - length + 1);
            body.Append(ProseWriter.Capitalize(who)).Append(" called it ");
            body.Append("{@").Append(id).Append(" “").Append(string.Join(" ", words.Skip(start).Take(length))).Append("”}.");
        }
        else if (form < 80)
        {
            int changed = _random.Next(words.Length);
            var misquoted = _random.Next(2) == 0
                ? words.Where((_, i) => i != changed)
                : words.Select((word, i) => i == changed ? _vocabulary.Content(_random) : word);
            Quote(body, id, string.Join(" ", misquoted), ",”} ").Append(who).Append(' ').Append(said).Append('.');
        }
        else if (form < 95)
        {
            int at = _random.Next(words.Length / 3, (2 * words.Length / 3) + 1);
            Quote(body, id, string.Join(" ", words.Take(at)), ",”} ").Append(who).Append(" said, ");
            body.Append("{@").Append(id).Append(" “").Append(string.Join(" ", words.Skip(at))).Append(".”}");
            return 2;
        }
        else
        {
            string ends = string.Join(" ", words.Take(4)) + " … " + string.Join(" ", words.Skip(words.Length - 4));
            Quote(body, id, ends, ".”} ").Append(who).Append(' ').Append(said).Append('.');
        }
        return 1;
    }

    private static StringBuilder Quote(StringBuilder body, string id, string words, string close) =>
        body.Append("{@").Append(id).Append(" “").Append(ProseWriter.Capitalize(words)).Append(close);
}
