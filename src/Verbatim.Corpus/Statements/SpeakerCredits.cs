using System;
using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Statements;

/// <summary>
/// Who a statement's quotes credit: its speakers, the most credited first, and the quotes whose
/// speakers no other article credits (see <see cref="AttributionConflict"/>). Each speaker gets a
/// number on first sight, so a statement's counts are arrays indexed by it, the same ones for
/// every statement of a run, and they are left at zero after each.
/// </summary>
internal sealed class SpeakerCredits
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _names = new();
    // Per speaker number: its credits in the statement, and in the article under way.
    private int[] _total = new int[16];
    private int[] _own = new int[16];
    // The statement's speakers, by number, in the order first credited.
    private readonly List<int> _speakers = new();
    private readonly List<int> _elsewhere = new();
    private readonly ByCredits _byTotal, _byElsewhere;

    public SpeakerCredits()
    {
        _byTotal = new ByCredits(this, elsewhere: false);
        _byElsewhere = new ByCredits(this, elsewhere: true);
    }

    /// <summary>The speakers of <paramref name="members"/> (in corpus order), the most credited first (ties: the ordinal first), and the conflicts.</summary>
    public (string[] Speakers, EquatableArray<AttributionConflict> Conflicts) Of(List<Member> members)
    {
        foreach (var member in members)
        {
            var speakers = member.Quote.Signature.Speakers;
            for (int s = 0; s < speakers.Count; s++)
            {
                int number = NumberOf(speakers[s]);
                if (_total[number]++ == 0)
                {
                    _speakers.Add(number);
                }
            }
        }
        _speakers.Sort(_byTotal);
        var names = new string[_speakers.Count];
        for (int s = 0; s < names.Length; s++)
        {
            names[s] = _names[_speakers[s]];
        }
        var conflicts = Conflicts(members);
        foreach (int number in _speakers)
        {
            _total[number] = 0;
        }
        _speakers.Clear();
        return (names, conflicts);
    }

    // Each speaker's credits in the whole statement and in each article: a quote's "others" are the
    // difference, so a statement printed by thousands of articles costs no more than it has quotes.
    // An article's members are side by side (corpus order), and so are the articles, by id.
    private EquatableArray<AttributionConflict> Conflicts(List<Member> members)
    {
        List<AttributionConflict>? conflicts = null;
        string[]? articleIds = null;
        for (int start = 0, end, article = 0; start < members.Count; start = end, article++)
        {
            for (end = start; end < members.Count && members[end].Quote.Article == members[start].Quote.Article; end++)
            {
                Credit(members[end], 1);
            }
            if (OthersCreditSomeone())
            {
                EquatableArray<string>? otherSpeakers = null, otherArticles = null;
                for (int m = start; m < end; m++)
                {
                    if (CreditsAnyoneElsewhere(members[m]))
                    {
                        continue;
                    }
                    articleIds ??= ArticleIds(members);
                    otherSpeakers ??= OtherSpeakers();
                    otherArticles ??= AllBut(articleIds, article);
                    (conflicts ??= new List<AttributionConflict>()).Add(new AttributionConflict(members[m].Quote.Key, otherSpeakers.Value, otherArticles.Value));
                }
            }
            for (int m = start; m < end; m++)
            {
                Credit(members[m], -1);
            }
        }
        return conflicts is null ? EquatableArray<AttributionConflict>.Empty : new EquatableArray<AttributionConflict>(conflicts.ToArray());
    }

    private void Credit(Member member, int by)
    {
        var speakers = member.Quote.Signature.Speakers;
        for (int s = 0; s < speakers.Count; s++)
        {
            _own[_numbers[speakers[s]]] += by;
        }
    }

    private int Elsewhere(int number) => _total[number] - _own[number];

    private bool OthersCreditSomeone()
    {
        foreach (int number in _speakers)
        {
            if (Elsewhere(number) > 0)
            {
                return true;
            }
        }
        return false;
    }

    private bool CreditsAnyoneElsewhere(Member member)
    {
        var speakers = member.Quote.Signature.Speakers;
        for (int s = 0; s < speakers.Count; s++)
        {
            if (Elsewhere(_numbers[speakers[s]]) > 0)
            {
                return true;
            }
        }
        return false;
    }

    // The speakers the other articles credit, most credited there first (ties by id).
    private EquatableArray<string> OtherSpeakers()
    {
        _elsewhere.Clear();
        foreach (int number in _speakers)
        {
            if (Elsewhere(number) > 0)
            {
                _elsewhere.Add(number);
            }
        }
        _elsewhere.Sort(_byElsewhere);
        var names = new string[_elsewhere.Count];
        for (int s = 0; s < names.Length; s++)
        {
            names[s] = _names[_elsewhere[s]];
        }
        return new EquatableArray<string>(names);
    }

    // The members' article ids, one each, in ordinal order (the members are in corpus order).
    private static string[] ArticleIds(List<Member> members)
    {
        var ids = new List<string>();
        for (int m = 0; m < members.Count; m++)
        {
            if (m == 0 || members[m].Quote.Article != members[m - 1].Quote.Article)
            {
                ids.Add(members[m].Quote.Key.ArticleId);
            }
        }
        return ids.ToArray();
    }

    private static EquatableArray<string> AllBut(string[] ids, int skipped)
    {
        var others = new string[ids.Length - 1];
        Array.Copy(ids, 0, others, 0, skipped);
        Array.Copy(ids, skipped + 1, others, skipped, others.Length - skipped);
        return new EquatableArray<string>(others);
    }

    private int NumberOf(string speaker)
    {
        if (!_numbers.TryGetValue(speaker, out int number))
        {
            number = _names.Count;
            _numbers.Add(speaker, number);
            _names.Add(speaker);
            if (number == _total.Length)
            {
                Array.Resize(ref _total, 2 * number);
                Array.Resize(ref _own, 2 * number);
            }
        }
        return number;
    }

    /// <summary>Speaker numbers by their credits, most first, then by id (ordinal).</summary>
    private sealed class ByCredits : IComparer<int>
    {
        private readonly SpeakerCredits _credits;
        private readonly bool _elsewhere;

        public ByCredits(SpeakerCredits credits, bool elsewhere)
        {
            (_credits, _elsewhere) = (credits, elsewhere);
        }

        public int Compare(int x, int y)
        {
            int cx = _elsewhere ? _credits.Elsewhere(x) : _credits._total[x], cy = _elsewhere ? _credits.Elsewhere(y) : _credits._total[y];
            return cx != cy ? cy.CompareTo(cx) : string.CompareOrdinal(_credits._names[x], _credits._names[y]);
        }
    }
}
