using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Finding;

/// <summary>The other defined speakers near a quotation, offered beside the chosen one.</summary>
internal sealed partial class Attributor
{
    private EquatableArray<ProposedSpeaker> Alternatives(int q, string? chosen)
    {
        var found = new List<ProposedSpeaker>();
        var seen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        if (chosen is not null)
        {
            seen.Add(chosen);
        }
        void Consider(Speaker? speaker)
        {
            if (speaker is { Proposed.IsDefined: true } s && found.Count < 3 && seen.Add(s.Proposed.Id))
            {
                found.Add(s.Proposed);
            }
        }
        int crossed = 0;
        for (int t = _open[q] - 1, budget = BackReach; t >= 0 && budget > 0 && crossed < 2; t--, budget--)
        {
            var token = _tokens[t];
            crossed += token.Kind == TokenKind.Paragraph ? 1 : 0;
            if (token.Kind == TokenKind.Annotation)
            {
                Consider(AnnotatedSpeaker(token));
            }
            else if (_mentions.EndingAt[t] is >= 0 and var m && _tokens[t].Depth == 0)
            {
                Consider(Known(_mentions.All[m]));
            }
        }
        for (int t = _close[q] + 1, budget = AfterReach * 2; t < _tokens.Count && budget > 0 && _tokens[t].Kind != TokenKind.Paragraph; t++, budget--)
        {
            if (_mentions.StartingAt[t] is >= 0 and var m && _tokens[t].Depth == 0)
            {
                Consider(Known(_mentions.All[m]));
            }
        }
        return new EquatableArray<ProposedSpeaker>(found);
    }
}
