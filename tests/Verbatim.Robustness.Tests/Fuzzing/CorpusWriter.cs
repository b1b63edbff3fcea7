using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Robustness.Tests.Harness;

namespace Verbatim.Robustness.Tests.Fuzzing;

/// <summary>A corpus written as files, with what the generated API must hold for them.</summary>
internal sealed record WrittenCorpus(InMemoryAdditionalText[] Files, LoadedArticle[] Articles, LoadedSpeaker[] Speakers)
{
    public string Describe() => string.Join("\n", Files.Select(file => "=== " + file.Path + "\n" + file.Text));
}

/// <summary>
/// Writes a <see cref="CorpusDraft"/> as corpus files (escaping what the format needs escaped)
/// and works out, independently of the parser, each article's body and each quote's place, text and line.
/// </summary>
internal static class CorpusWriter
{
    private const int MaxDepth = 3;

    public static WrittenCorpus Write(CorpusDraft draft)
    {
        var files = new List<InMemoryAdditionalText>();
        for (int registry = 0; registry < draft.Registries; registry++)
        {
            var yaml = new StringBuilder();
            for (int i = registry; i < draft.Speakers.Length; i += draft.Registries)
            {
                WriteSpeaker(yaml, draft.Speakers[i]);
            }
            files.Add(File($"{Consumer.ProjectDirectory}speakers/r{registry}.speakers.yaml", yaml.ToString(), draft.WithByteOrderMarks));
        }

        var articles = new List<LoadedArticle>();
        for (int i = 0; i < draft.Articles.Length; i++)
        {
            var article = draft.Articles[i];
            string relativePath = article.IdInFrontMatter ? $"articles/by-id/n{i}.article.md" : $"articles/named/{article.Id}.article.md";
            var (text, expected) = WriteArticle(article, relativePath, draft.Speakers);
            files.Add(File(Consumer.ProjectDirectory + relativePath, text, draft.WithByteOrderMarks));
            articles.Add(expected);
        }

        return new WrittenCorpus(
            files.ToArray(),
            articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray(),
            draft.Speakers.Select(Expected).OrderBy(s => s.Id, StringComparer.Ordinal).ToArray());
    }

    private static InMemoryAdditionalText File(string path, string text, bool withByteOrderMark) =>
        withByteOrderMark
            ? InMemoryAdditionalText.FromBytes(path, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray())
            : new InMemoryAdditionalText(path, text);

    private static void WriteSpeaker(StringBuilder yaml, SpeakerDraft speaker)
    {
        yaml.Append(YamlText.Quoted(speaker.Id)).Append(":\n");
        yaml.Append("  name: ").Append(YamlText.Quoted(speaker.Name)).Append('\n');
        if (speaker.Role is not null)
        {
            yaml.Append("  role: ").Append(YamlText.Quoted(speaker.Role)).Append('\n');
        }
        if (speaker.Organization is not null)
        {
            yaml.Append("  organization: ").Append(YamlText.Quoted(speaker.Organization)).Append('\n');
        }
        if (speaker.Kind is not null)
        {
            yaml.Append("  kind: ").Append(speaker.Kind).Append('\n');
        }
        yaml.Append("  aliases: ").Append(YamlText.FlowSequence(speaker.Aliases)).Append('\n');
    }

    private static LoadedSpeaker Expected(SpeakerDraft speaker) => new(
        speaker.Id,
        speaker.Name,
        speaker.Role,
        speaker.Organization,
        speaker.Kind is null ? "Person" : char.ToUpperInvariant(speaker.Kind[0]) + speaker.Kind.Substring(1),
        speaker.Aliases);

    private static (string Text, LoadedArticle Expected) WriteArticle(ArticleDraft article, string relativePath, SpeakerDraft[] speakers)
    {
        string nl = article.Newline;
        var file = new StringBuilder("---").Append(nl);
        if (article.IdInFrontMatter)
        {
            file.Append("id: ").Append(YamlText.Quoted(article.Id)).Append(nl);
        }
        file.Append("title: ").Append(YamlText.Quoted(article.Title)).Append(nl);
        if (article.Outlet is not null)
        {
            file.Append("outlet: ").Append(YamlText.Quoted(article.Outlet)).Append(nl);
        }
        if (article.Published is not null)
        {
            file.Append("published: ").Append(article.Published).Append(nl);
        }
        if (article.Url is not null)
        {
            file.Append("url: ").Append(YamlText.Quoted(article.Url)).Append(nl);
        }
        file.Append("authors: ").Append(YamlText.FlowSequence(article.Authors)).Append(nl);
        // A lone CR before a body that starts with LF would read as one CRLF line break.
        bool bodyStartsWithLineFeed = article.Body.FirstOrDefault(token => token is not CloseToken) is TextToken { Text: ['\n', ..] };
        file.Append("---").Append(nl == "\r" && bodyStartsWithLineFeed ? "\r\n" : nl);

        var body = new BodyWriter(file, speakers);
        foreach (var token in article.Body)
        {
            body.Add(token);
        }
        var (text, bodyText, quotes) = body.Finish();
        return (text, new LoadedArticle(
            article.Id, article.Title, article.Outlet, article.Published, article.Url, article.Authors, bodyText,
            relativePath, quotes));
    }

    /// <summary>Writes body tokens as annotated Markdown, keeping the expected body and quotes in step.</summary>
    private sealed class BodyWriter(StringBuilder file, SpeakerDraft[] speakers)
    {
        private readonly StringBuilder _body = new();
        private readonly List<(int FileOffset, string? Id, string Kind, string[] Speakers, int Parent, int Start, int Length)> _quotes = new();
        private readonly Stack<int> _open = new();
        private readonly HashSet<string> _quoteIds = new(StringComparer.OrdinalIgnoreCase);

        public void Add(BodyToken token)
        {
            switch (token)
            {
                case TextToken text:
                    WriteText(text.Text);
                    break;
                case OpenToken open when _open.Count < MaxDepth:
                    Open(open);
                    break;
                case CloseToken close when _open.Count > 0:
                    Close(close.ClosingMark);
                    break;
            }
        }

        public (string Text, string Body, LoadedQuote[] Quotes) Finish()
        {
            while (_open.Count > 0)
            {
                Close("");
            }
            string text = file.ToString();
            string body = _body.ToString();
            var lines = SourceText.From(text).Lines;
            var quotes = _quotes.Select(q => new LoadedQuote(
                q.Id, Unquoted(body.Substring(q.Start, q.Length)), q.Kind, q.Start, q.Length,
                lines.GetLinePosition(q.FileOffset).Line + 1, q.Speakers, q.Parent)).ToArray();
            return (text, body, quotes);
        }

        private void Open(OpenToken open)
        {
            var quoted = open.SpeakerPicks.Select(pick => speakers[pick % speakers.Length].Id).Distinct().ToArray();
            string? id = open.QuoteId;
            for (int n = 2; id is not null && !_quoteIds.Add(id); n++)
            {
                id = open.QuoteId + "-" + n.ToString(CultureInfo.InvariantCulture);
            }
            int fileOffset = file.Length;
            file.Append("{@").Append(string.Join(",", quoted.Select(s => open.UpperCaseReference ? s.ToUpperInvariant() : s)));
            if (id is not null)
            {
                file.Append('#').Append(id);
            }
            file.Append(open.Kind switch { 1 => ":direct", 2 => ":indirect", _ => "" }).Append(' ');
            _open.Push(_quotes.Count);
            _quotes.Add((fileOffset, id, open.Kind == 2 ? "Indirect" : "Direct", quoted, _open.Count > 1 ? _open.ElementAt(1) : -1, _body.Length, 0));
            WriteText(open.OpeningMark);
        }

        private void Close(string closingMark)
        {
            int index = _open.Pop();
            var quote = _quotes[index];
            // A quote says something: content that would unquote to nothing gets a word.
            if (Unquoted(_body.ToString(quote.Start, _body.Length - quote.Start) + closingMark).Length == 0)
            {
                WriteText("x");
            }
            WriteText(closingMark);
            file.Append('}');
            _quotes[index] = quote with { Length = _body.Length - quote.Start };
        }

        private void WriteText(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                char? next = i + 1 < text.Length ? text[i + 1] : null;
                // The body's line ends are LF: a CR is one, and an LF right after a CR in the file adds none.
                bool endsCrLf = c == '\n' && file.Length > 0 && file[file.Length - 1] == '\r';
                if (!endsCrLf)
                {
                    _body.Append(c == '\r' ? '\n' : c);
                }
                // Literal where the format allows it, escaped elsewhere, so both spellings are covered.
                bool literal = c switch
                {
                    '}' => false,
                    '{' => next is not null and not '@',
                    '\\' => next is not null and not ('{' or '}' or '\\'),
                    _ => true,
                };
                file.Append(literal ? "" : "\\").Append(c);
            }
        }
    }

    /// <summary>docs/generated-api.md: the content trimmed of white space and of one enclosing pair of quotation marks.</summary>
    public static string Unquoted(string content)
    {
        string text = content.Trim();
        foreach (string pair in new[] { "“”", "\"\"", "‘’", "''", "«»" })
        {
            if (text.Length >= 2 && text[0] == pair[0] && text[text.Length - 1] == pair[1])
            {
                return text.Substring(1, text.Length - 2).Trim();
            }
        }
        return text;
    }
}
