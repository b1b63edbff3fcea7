using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Verbatim.Corpus.Finding;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Drafting;

/// <summary>
/// Turns a raw article (plain text, paragraphs separated by blank lines) into a first annotated
/// draft: the text of an <c>*.article.md</c> file. A first line that reads as a headline becomes
/// the title (otherwise the first words do); every quotation the finder attributes is annotated
/// for its likely speaker; a person the text names but no registry defines is added to the front
/// matter's <c>speakers</c> (name and role as the text gives them); a quotation with no likely
/// speaker is left as it is, so VQ0010 lists it for the author.
/// </summary>
/// <remarks>
/// A command calls it with the file's text and the speakers of any registries it was given, and
/// writes the result beside the input:
/// <code>
/// var speakers = RegistryParser.Parse(registryPath, File.ReadAllText(registryPath)).Speakers;
/// File.WriteAllText("x.article.md", ArticleDrafter.Draft(File.ReadAllText("x.txt"), speakers));
/// </code>
/// </remarks>
public static class ArticleDrafter
{
    /// <summary>The draft of <paramref name="rawText"/>, its line ends LF; <paramref name="speakers"/> may be empty.</summary>
    public static string Draft(string rawText, IEnumerable<SpeakerSpec>? speakers = null, CancellationToken cancellationToken = default)
    {
        string text = rawText.Replace("\r\n", "\n").Replace('\r', '\n');
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var (title, bodyStart) = Headline.Read(text, start);
        var index = speakers is null ? SpeakerIndex.Empty : SpeakerIndex.Create(speakers);
        var found = QuotationFinder.FindInText(text, index, cancellationToken).Quotations
            .Where(q => q.IsStatement && q.Speaker is not null && q.Start >= bodyStart)
            .ToList();

        var draft = new StringBuilder(text.Length + 256 + found.Count * 24);
        WriteFrontMatter(draft, title ?? Headline.FirstWords(text, bodyStart), found);
        WriteBody(draft, text, bodyStart, found);
        return draft.ToString();
    }

    private static void WriteFrontMatter(StringBuilder draft, string title, List<FoundQuotation> found)
    {
        draft.Append("---\n").Append("title: ").Append(YamlScalar.Quoted(title)).Append('\n');
        var newSpeakers = found
            .Select(q => q.Speaker!)
            .Where(s => !s.IsDefined)
            .GroupBy(s => s.Id, System.StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .ToList();
        if (newSpeakers.Count > 0)
        {
            draft.Append("speakers:\n");
            foreach (var speaker in newSpeakers)
            {
                draft.Append("  ").Append(speaker.Id).Append(":\n");
                draft.Append("    name: ").Append(YamlScalar.Quoted(speaker.Name)).Append('\n');
                if (speaker.Role is { } role)
                {
                    draft.Append("    role: ").Append(YamlScalar.Quoted(role)).Append('\n');
                }
            }
        }
        draft.Append("---\n");
    }

    // The body with the corpus format's escapes and an annotation around each attributed quotation
    // (one inside another closes first).
    private static void WriteBody(StringBuilder draft, string text, int bodyStart, List<FoundQuotation> found)
    {
        var opens = found.OrderBy(q => q.Start).ThenByDescending(q => q.Length).ToList();
        var closes = found.OrderBy(q => q.End).ThenBy(q => q.Length).ToList();
        int nextOpen = 0, nextClose = 0;
        for (int i = bodyStart; i <= text.Length; i++)
        {
            while (nextClose < closes.Count && closes[nextClose].End == i)
            {
                draft.Append('}');
                nextClose++;
            }
            while (nextOpen < opens.Count && opens[nextOpen].Start == i)
            {
                draft.Append("{@").Append(opens[nextOpen].Speaker!.Id).Append(' ');
                nextOpen++;
            }
            if (i == text.Length)
            {
                break;
            }
            char c = text[i];
            if (c is '{' or '}' or '\\')
            {
                draft.Append('\\');
            }
            draft.Append(c);
        }
        if (draft[draft.Length - 1] != '\n')
        {
            draft.Append('\n');
        }
    }
}
