using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Finding;

/// <summary>
/// Decides who spoke each quotation, from the few tokens around it. The rules are tried in this order
/// (see <see cref="Attribute"/>), each in its own file beside this one:
/// <list type="number">
/// <item><c>Attributor.CueAfter.cs</c>: a cue right after the closing mark: <c>“…,” Mr. Lavrov said</c>, <c>“…,” said Jane Doe, a spokeswoman</c>, <c>according to X</c>;</item>
/// <item><c>Attributor.CueBefore.cs</c>: a cue before it in the same sentence: <c>X said, “…”</c>, <c>X told a news conference: “…”</c>, <c>X said the deal was “…”</c>;</item>
/// <item><c>Attributor.CueLater.cs</c>: a cue later in the same sentence: <c>“…” that the attack was planned, Tillerson said</c>;</item>
/// <item><c>Attributor.CarryOver.cs</c>: with no cue, the subject of the quotation's sentence, or the nearest speaker before it
/// (for a quotation that opens its sentence, such as the second half of a split quote, at most a paragraph back).</item>
/// </list>
/// A pronoun in a cue goes to the nearest speaker before it whose gender and kind fit (<c>Attributor.Pronouns.cs</c>). A name no
/// registry defines becomes a proposed new speaker, its role taken from the words set off beside it (<c>Attributor.NewSpeakers.cs</c>).
/// The rules share the helpers of <c>Attributor.Speakers.cs</c>, <c>.Clauses.cs</c>, <c>.Sentences.cs</c> and <c>.Tokens.cs</c>;
/// a found quotation's text, statement test and alternatives come from <c>.Statements.cs</c> and <c>.Alternatives.cs</c>.
/// Every look is bounded (a few dozen tokens), so the work per quotation is constant.
/// </summary>
internal sealed partial class Attributor
{
    private const int AfterReach = 16, BeforeReach = 64, BackReach = 160, AppositiveReach = 16;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<Quotation> _quotations;
    private readonly Mentions _mentions;
    private readonly SpeakerIndex _index;
    private readonly FinderText _counter;
    private readonly int[] _open;
    private readonly int[] _close;
    private readonly Attribution?[] _attributions;
    // A pronoun is resolved once, however many rules ask about it.
    private readonly Dictionary<int, Speaker?> _pronouns = new();
    private readonly Dictionary<string, Speaker> _newBySurname = new(System.StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _takenIds = new(System.StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _indexById = new(System.StringComparer.OrdinalIgnoreCase);

    public Attributor(FinderText text, List<Token> tokens, List<Quotation> quotations, Mentions mentions, SpeakerIndex index)
    {
        _text = text.Text;
        _tokens = tokens;
        _quotations = quotations;
        _mentions = mentions;
        _index = index;
        _counter = text;
        _open = new int[quotations.Count];
        _close = new int[quotations.Count];
        _attributions = new Attribution?[quotations.Count];
        for (int t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind == TokenKind.Open)
            {
                _open[tokens[t].Quotation] = t;
            }
            else if (tokens[t].Kind == TokenKind.Close)
            {
                _close[tokens[t].Quotation] = t;
            }
        }
        for (int i = 0; i < index.Speakers.Count; i++)
        {
            _takenIds.Add(index.Speakers[i].Id);
            _indexById[index.Speakers[i].Id] = i;
        }
    }

    public FoundQuotation Attribute(int q)
    {
        var attribution = AfterCue(q) ?? BeforeCue(q) ?? LaterInSentence(q) ?? FromContext(q);
        _attributions[q] = attribution;
        int words = WordsInside(q);
        bool statement = words >= 3 ? !ReadsAsTitle(q) : attribution is { Adjacent: true } && words > 0;
        var quotation = _quotations[q];
        return new FoundQuotation(
            quotation.Start,
            quotation.End - quotation.Start,
            Inside(q),
            statement,
            quotation.Parent,
            attribution?.Speaker.Proposed,
            attribution is { } a ? Collapsed(_tokens[a.CueFirst].Start, _tokens[a.CueEnd - 1].End) : null,
            Alternatives(q, attribution?.Speaker.Proposed.Id));
    }

    /// <summary>A transcript's turn: the words after "Name:" are that speaker's.</summary>
    public FoundQuotation Turn(TranscriptTurns.Turn turn)
    {
        var speaker = Defined(turn.Speaker).Proposed;
        string words = _text.Substring(turn.ContentStart, turn.ContentEnd - turn.ContentStart);
        string cue = Collapsed(_tokens[turn.CueFirst].Start, _tokens[turn.CueEnd - 1].End);
        return new FoundQuotation(turn.ContentStart, words.Length, words, IsStatement: true, Parent: -1, speaker, cue, EquatableArray<ProposedSpeaker>.Empty);
    }

    private readonly record struct Speaker(ProposedSpeaker Proposed, SpeakerKind Kind, char Gender);

    /// <param name="CueFirst">First token of the cue.</param>
    /// <param name="CueEnd">Just past its last token.</param>
    /// <param name="Adjacent">True when the cue touches the quotation, so even a word or two reads as something said.</param>
    private readonly record struct Attribution(Speaker Speaker, int CueFirst, int CueEnd, bool Adjacent);
}
