using System;
using System.Globalization;
using System.Text;

namespace Verbatim.CorpusSynth;

/// <summary>
/// Writes one sentence holding a quote annotation, in the forms real articles use: full and
/// partial direct quotes, paraphrases, a quote inside a quote, joint statements, quotes over two
/// paragraphs; some carry a quote id.
/// </summary>
internal sealed class QuoteWriter
{
    private readonly Random _random;
    private readonly ProseWriter _prose;
    private readonly IQuoteWords _words;
    private int _quoteIds;

    /// <param name="words">What the quotes say; the prose around them, ids and verbs come from <paramref name="prose"/>.</param>
    public QuoteWriter(Random random, ProseWriter prose, IQuoteWords words)
    {
        _random = random;
        _prose = prose;
        _words = words;
    }

    /// <summary>Appends the sentence and returns how many annotations it holds.</summary>
    public int Write(StringBuilder body, SyntheticSpeaker speaker, Func<SyntheticSpeaker> anyOther)
    {
        string said = _prose.Pick(Vocabulary.Verbs);
        int form = _random.Next(100);
        if (form < 30)
        {
            Open(body, speaker.Id).Append('“').Append(ProseWriter.Capitalize(_words.Clause())).Append(",”} ");
            body.Append(speaker.Reference).Append(' ').Append(said).Append('.');
        }
        else if (form < 45)
        {
            body.Append(ProseWriter.Capitalize(speaker.Reference)).Append(" said: ");
            Open(body, speaker.Id).Append('“').Append(ProseWriter.Capitalize(_words.Clause())).Append(".”}");
        }
        else if (form < 62)
        {
            body.Append(ProseWriter.Capitalize(speaker.Reference)).Append(" described it as ");
            Open(body, speaker.Id).Append('“').Append(_words.Phrase()).Append("”} ");
            body.Append(_prose.Pick(Vocabulary.Connectives)).Append('.');
        }
        else if (form < 82)
        {
            body.Append(ProseWriter.Capitalize(speaker.Reference)).Append(" said ");
            Open(body, speaker.Id, indirect: true).Append(_words.Clause()).Append("}.");
        }
        else if (form < 92)
        {
            var inner = anyOther();
            Open(body, speaker.Id).Append('“').Append(ProseWriter.Capitalize(_words.Clause())).Append(", and we heard ");
            Open(body, inner.Id).Append('‘').Append(_words.Clause()).Append("’} from ").Append(inner.Reference).Append(",”} ");
            body.Append(speaker.Reference).Append(' ').Append(said).Append('.');
            return 2;
        }
        else if (form < 97)
        {
            var partner = anyOther();
            Open(body, speaker.Id + "," + partner.Id).Append('“').Append(ProseWriter.Capitalize(_words.Clause())).Append(".”} ");
            body.Append(ProseWriter.Capitalize(speaker.Reference)).Append(" and ").Append(partner.Reference).Append(" said in a joint statement.");
        }
        else
        {
            Open(body, speaker.Id).Append('“').Append(ProseWriter.Capitalize(_words.Clause())).Append(".\n\n");
            body.Append(ProseWriter.Capitalize(_words.Clause())).Append(".”} ").Append(speaker.Reference).Append(' ').Append(said).Append('.');
        }
        return 1;
    }

    /// <summary>Appends <c>{@ids[#quote-id][:indirect] </c>; about a quarter of the quotes get an id.</summary>
    private StringBuilder Open(StringBuilder body, string speakerIds, bool indirect = false)
    {
        body.Append("{@").Append(speakerIds);
        if (_random.Next(4) == 0)
        {
            _quoteIds++;
            body.Append('#').Append(_prose.Pick(Vocabulary.Nouns)).Append('-').Append(_quoteIds.ToString(CultureInfo.InvariantCulture));
        }
        if (indirect)
        {
            body.Append(":indirect");
        }
        return body.Append(' ');
    }
}
