namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// A consumer program compiled with the generated code and run: it walks the generated API, reports
/// any broken invariant of docs/generated-api.md as a <c>FAIL</c> line, and lists facts about the test corpus as
/// <c>key=value</c> lines. C# 8 and netstandard2.0 friendly, so every target can run it.
/// </summary>
internal static class Probe
{
    /// <summary>Invariants that hold for any corpus.</summary>
    public const string Invariants = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using Consumer.Corpus;

        internal static partial class Probe
        {
            private static readonly StringBuilder Report = new StringBuilder();

            private static void Fail(string message) => Report.Append("FAIL ").Append(message).Append('\n');

            private static void Fact(string key, object? value) => Report.Append(key).Append('=').Append(Escape(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null")).Append('\n');

            public static string Escape(string text)
            {
                var escaped = new StringBuilder();
                foreach (char c in text)
                {
                    if (c == '\\') escaped.Append("\\\\");
                    else if (c < ' ' || c > '~') escaped.Append("\\u").Append(((int)c).ToString("X4"));
                    else escaped.Append(c);
                }
                return escaped.ToString();
            }

            private static string Unquote(string content)
            {
                string text = content.Trim();
                string[] pairs = { "“”", "\"\"", "‘’", "''", "«»" };
                foreach (string pair in pairs)
                {
                    if (text.Length >= 2 && text[0] == pair[0] && text[text.Length - 1] == pair[1])
                    {
                        return text.Substring(1, text.Length - 2).Trim();
                    }
                }
                return text;
            }

            public static string Run()
            {
                Report.Clear();
                CheckOrder(Articles.All.Select(a => a.Id), "Articles.All");
                CheckOrder(Speakers.All.Select(s => s.Id), "Speakers.All");
                var walked = new List<Quote>();
                foreach (Article article in Articles.All)
                {
                    var seenSpeakers = new List<Speaker>();
                    for (int i = 0; i < article.Quotes.Count; i++)
                    {
                        Quote quote = article.Quotes[i];
                        walked.Add(quote);
                        string where = article.Id + " quote " + i;
                        if (!ReferenceEquals(quote.Article, article)) Fail(where + ": Article");
                        if (quote.Speakers.Count == 0 || !ReferenceEquals(quote.Speaker, quote.Speakers[0])) Fail(where + ": Speaker");
                        string content = article.Body.Substring(quote.Start, quote.Length);
                        if (Unquote(content) != quote.Text) Fail(where + ": Text '" + quote.Text + "' is not the content '" + content + "' unquoted");
                        if (quote.Line < 1) Fail(where + ": Line");
                        if (quote.Parent != null)
                        {
                            int parentIndex = IndexOf(article.Quotes, quote.Parent);
                            if (parentIndex < 0 || parentIndex >= i) Fail(where + ": Parent comes after it");
                            if (!quote.Parent.Nested.Contains(quote)) Fail(where + ": not in its parent's Nested");
                            if (quote.Start < quote.Parent.Start || quote.Start + quote.Length > quote.Parent.Start + quote.Parent.Length) Fail(where + ": outside its parent");
                        }
                        foreach (Quote nested in quote.Nested)
                        {
                            if (!ReferenceEquals(nested.Parent, quote)) Fail(where + ": Nested whose Parent is another");
                        }
                        if (i > 0 && quote.Start < article.Quotes[i - 1].Start) Fail(where + ": not in document order");
                        foreach (Speaker speaker in quote.Speakers)
                        {
                            if (!seenSpeakers.Contains(speaker)) seenSpeakers.Add(speaker);
                        }
                    }
                    if (!seenSpeakers.SequenceEqual(article.Speakers)) Fail(article.Id + ": Speakers are not the quoted speakers in order");
                }
                if (!walked.SequenceEqual(Quotes.All)) Fail("Quotes.All is not the articles' quotes in order");
                foreach (Speaker speaker in Speakers.All)
                {
                    if (!Quotes.All.Where(q => q.Speakers.Contains(speaker)).SequenceEqual(speaker.Quotes)) Fail(speaker.Id + ": Quotes");
                }
                Facts();
                return Report.ToString();
            }

            private static int IndexOf(IReadOnlyList<Quote> quotes, Quote quote)
            {
                for (int i = 0; i < quotes.Count; i++)
                {
                    if (ReferenceEquals(quotes[i], quote)) return i;
                }
                return -1;
            }

            private static void CheckOrder(IEnumerable<string> ids, string what)
            {
                var list = ids.ToList();
                var sorted = list.OrderBy(id => id, StringComparer.Ordinal).ToList();
                if (!list.SequenceEqual(sorted)) Fail(what + " is not ordered by id");
            }

            static partial void Facts();
        }
        """;

    /// <summary>Facts about <see cref="TestCorpus"/>, reached through its generated members.</summary>
    public const string TestCorpusFacts = """
        using System.Linq;
        using Consumer.Corpus;

        internal static partial class Probe
        {
            static partial void Facts()
            {
                Fact("articles", string.Join(",", Articles.All.Select(a => a.Id)));
                Fact("speakers", string.Join(",", Speakers.All.Select(s => s.Id)));
                Fact("quotes", Quotes.All.Count);

                var nyt = Articles.NytTillersonPutin;
                Article asArticle = nyt;
                Fact("nyt is the article of All", ReferenceEquals(asArticle, Articles.All.Single(a => a.Id == "nyt-tillerson-putin")));
                Fact("nyt title", nyt.Title);
                Fact("nyt outlet", nyt.Outlet);
                Fact("nyt published", nyt.Published.HasValue ? nyt.Published.Value.Year + "-" + nyt.Published.Value.Month + "-" + nyt.Published.Value.Day : "none");
                Fact("nyt url", nyt.Url);
                Fact("nyt authors", string.Join("|", nyt.Authors));
                Fact("nyt source", nyt.SourcePath);
                Fact("nyt speakers", string.Join(",", nyt.Speakers.Select(s => s.Id)));
                Fact("nyt quotes", string.Join(" | ", nyt.Quotes.Select(q => (q.Id ?? "-") + ":" + q.Kind + ":" + q.Line + ":" + string.Join("+", q.Speakers.Select(s => s.Id)) + ":" + (q.Parent == null ? "root" : q.Parent.Id ?? "?"))));
                Fact("low-trust", nyt.LowTrust.Text);
                Fact("boring nested", string.Join(",", nyt.Boring.Nested.Select(q => q.Id)));
                Fact("ladies parent", nyt.Ladies.Parent?.Id);
                Fact("kept parent", nyt.Kept.Parent == null ? "root" : nyt.Kept.Parent.Id);
                Fact("partly speakers", string.Join(",", nyt.Partly.Speakers.Select(s => s.Name)));
                Fact("working-group", nyt.WorkingGroup.Kind + " " + nyt.WorkingGroup.Speaker.Name);
                Fact("to-string member", nyt.ToString2.Text);
                Fact("nyt body", nyt.Body);

                var report = Articles._2017Report;
                Fact("report title", report.Title);
                Fact("report outlet", report.Outlet ?? "none");
                Fact("report body", report.Body);
                Fact("report quote", report.Quotes[0].Text);

                Fact("all article", Articles.All2.Title);
                Fact("all article quote", Articles.All2.LowTrust.Text);

                Fact("tillerson", Speakers.Tillerson.Name + "|" + Speakers.Tillerson.Role + "|" + Speakers.Tillerson.Organization + "|" + Speakers.Tillerson.Kind + "|" + string.Join(",", Speakers.Tillerson.Aliases));
                Fact("tillerson quotes", string.Join(",", Speakers.Tillerson.Quotes.Select(q => q.Article.Id + "#" + q.Id)));
                Fact("kinds", string.Join(",", Speakers.All.Select(s => s.Kind)));
                Fact("never quoted", Speakers.NeverQuoted.Quotes.Count);
                Fact("hammond role", Speakers.RCHammond.Role);
                Fact("peskov", Speakers.Peskov.Role);
            }
        }
        """;
}
