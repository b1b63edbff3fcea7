using System.Text.Json;
using System.Xml.Linq;
using Verbatim.Cli.Infrastructure;
using Verbatim.Cli.Model;

namespace Verbatim.Cli.Tests.Export;

/// <summary>
/// Every format read back against the corpus it came from: each exported quote is the quote the
/// corpus library parsed, at its place in the body.
/// </summary>
public sealed class SampleExportTests
{
    private static readonly CorpusModel s_sample = CorpusModel.Read(CorpusFolder.Read(RepositoryFiles.SampleCorpus, Terminal.Plain(TextWriter.Null, TextWriter.Null)));

    [Fact]
    public void Json_lines_give_back_every_quote_of_the_sample_with_its_place_in_the_body()
    {
        using var work = new TempFolder();
        Cli.Run("export", RepositoryFiles.SampleCorpus, "--format", "jsonl", "--output", work.Path).ExitCode.ShouldBe(0);

        var lines = work.Read("quotes.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var quotes = s_sample.Articles.SelectMany(article => article.Quotes.Select(quote => (article, quote))).ToList();
        lines.Length.ShouldBe(quotes.Count);
        for (int i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var line = json.RootElement;
            var (article, quote) = quotes[i];
            line.GetProperty("article").GetString().ShouldBe(article.Id);
            line.GetProperty("text").GetString().ShouldBe(quote.Text);
            line.GetProperty("speaker_ids").EnumerateArray().Select(s => s.GetString()).ShouldBe(quote.Speakers.Select(s => s.Id));
            var offsets = new CodePoints(article.Body);
            int start = offsets.ToUtf16(line.GetProperty("start").GetInt32());
            int end = offsets.ToUtf16(line.GetProperty("end").GetInt32());
            article.Body.Substring(start, end - start).ShouldBe(article.Body.Substring(quote.Start, quote.Length), lines[i]);
        }
    }

    [Fact]
    public void Tei_gives_back_every_quote_of_the_sample_as_said_with_its_words_and_speakers()
    {
        using var work = new TempFolder();
        Cli.Run("export", RepositoryFiles.SampleCorpus, "--format", "tei", "--output", work.Path).ExitCode.ShouldBe(0);

        XNamespace tei = "http://www.tei-c.org/ns/1.0";
        foreach (var article in s_sample.Articles)
        {
            var document = XDocument.Load(work[article.Id + ".xml"]);
            var said = document.Descendants(tei + "said").ToList();
            said.Select(s => s.Value).ShouldBe(article.Quotes.Select(q => article.Body.Substring(q.Start, q.Length)), article.Id);
            said.Select(s => (string?)s.Attribute("who")).ShouldBe(article.Quotes.Select(q => string.Join(" ", q.Speakers.Select(s => "#" + s.Id))), article.Id);
            said.Select(s => (string?)s.Attribute("direct")).ShouldBe(article.Quotes.Select(q => q.Kind == Verbatim.Corpus.Model.QuoteKind.Direct ? "true" : "false"), article.Id);
            // Nested as annotated: a said's parent said is the quote's parent.
            for (int i = 0; i < said.Count; i++)
            {
                int parent = said[i].Parent is { } p && p.Name == tei + "said" ? said.IndexOf(p) : -1;
                parent.ShouldBe(article.Quotes[i].Parent, $"{article.Id} quote {i}");
            }
            string text = string.Join("\n\n", document.Descendants(tei + "body").Single().Elements(tei + "p").Select(p => p.Value));
            text.ShouldBe(article.Body.Trim('\n'), article.Id);
        }
    }
}
