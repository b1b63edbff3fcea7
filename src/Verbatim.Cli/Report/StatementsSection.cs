using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Statements;

namespace Verbatim.Cli.Report;

/// <summary>
/// Every statement several outlets quote (as <see cref="StatementLinker"/> links them, the rules
/// of docs/statements.md), its wordings side by side with the outlets that print each, the words
/// that differ from what most outlets print marked, misquotes (VQ0008) and conflicting
/// attributions (VQ0009) flagged, and quotes marked <c>!sic</c> shown as checked.
/// </summary>
internal sealed class StatementsSection : IReportSection
{
    public string Id => "statements";

    public string Heading => "Statements";

    public void Write(StringBuilder html, ReportData data)
    {
        var statements = data.Corpus.Statements;
        if (statements.Count == 0)
        {
            html.Append("<p class=\"none\">No statement is quoted by more than one outlet.</p>\n");
            return;
        }
        var articles = data.Corpus.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        html.Append("<p class=\"meta\">Each statement that several outlets quote, one block per wording with the outlets that print it, the most printed first (outlined in green when more outlets print it than any other).</p>\n");
        html.Append("<ul class=\"legend keys\">")
            .Append("<li><mark>words</mark> differ from what most outlets print there</li>")
            .Append("<li><del>printed here</del> <ins>printed by most</ins></li>")
            .Append("<li><span class=\"flag misquote\">VQ0008 misquote</span> most outlets print other words</li>")
            .Append("<li><span class=\"flag conflict\">VQ0009 conflicting attribution</span> the others credit someone else</li>")
            .Append("<li><span class=\"flag sic\">✓ !sic</span> checked: the outlet printed it so</li>")
            .Append("</ul>\n");
        foreach (var statement in statements)
        {
            new StatementBlock(html, data, articles, statement).Write();
        }
    }

    /// <summary>One statement's HTML.</summary>
    private sealed class StatementBlock
    {
        private readonly StringBuilder _html;
        private readonly ReportData _data;
        private readonly Dictionary<string, ArticleSpec> _articles;
        private readonly LinkedStatement _statement;
        private readonly ILookup<QuoteKey, WordDifference> _differences;
        private readonly Dictionary<QuoteKey, AttributionConflict> _conflicts;

        public StatementBlock(StringBuilder html, ReportData data, Dictionary<string, ArticleSpec> articles, LinkedStatement statement)
        {
            (_html, _data, _articles, _statement) = (html, data, articles, statement);
            _differences = statement.Differences.ToLookup(d => d.Quote);
            _conflicts = statement.Conflicts.GroupBy(c => c.Quote).ToDictionary(g => g.Key, g => g.First());
        }

        public void Write()
        {
            int outlets = _statement.Quotes.Select(q => q.ArticleId).Distinct(StringComparer.Ordinal).Count();
            bool misquoted = _statement.Quotes.Any(IsMisquote);
            _html.Append("<article class=\"statement\" id=\"statement-").Append(Html.Escape(_statement.Id)).Append("\">\n<h3>")
                .Append(Html.Escape(string.Join(" & ", _statement.Speakers.Select(Name))));
            if (_statement.HasQuoteId)
            {
                _html.Append(" <span class=\"count\">#").Append(Html.Escape(_statement.Id)).Append("</span>");
            }
            _html.Append("</h3>\n<p class=\"meta\">")
                .Append(string.Create(CultureInfo.InvariantCulture, $"{outlets} outlets, {Count(_statement.Wordings.Count, "wording")}"));
            if (misquoted)
            {
                _html.Append(" <span class=\"flag misquote\">VQ0008 misquote</span>");
            }
            if (_conflicts.Count > 0)
            {
                _html.Append(" <span class=\"flag conflict\">VQ0009 conflicting attribution</span>");
            }
            _html.Append("</p>\n<div class=\"wordings\">\n");
            var wordings = _statement.Wordings;
            for (int i = 0; i < wordings.Count; i++)
            {
                // The first wording is the most printed only when no other ties with it.
                WriteWording(wordings[i], isMostPrinted: i == 0 && wordings.Count > 1 && wordings[0].ArticleCount > wordings[1].ArticleCount);
            }
            _html.Append("</div>\n</article>\n");
        }

        private void WriteWording(StatementWordingSpec wording, bool isMostPrinted)
        {
            var first = wording.Quotes[0];
            var article = _articles[first.ArticleId];
            var quote = article.Quotes[first.Index];
            string content = article.Body.Substring(quote.Start, quote.Length);
            // The wording is the part of its first quote's content that belongs to the statement.
            int offset = Math.Max(0, content.IndexOf(wording.Text, StringComparison.Ordinal));
            var differences = _differences[first]
                .Where(d => d.Start >= offset && d.Start + d.Length <= offset + wording.Text.Length)
                .OrderBy(d => d.Start)
                .ToList();

            _html.Append("<div class=\"wording").Append(isMostPrinted ? " most" : "").Append("\">\n<p class=\"count\">")
                .Append(string.Create(CultureInfo.InvariantCulture, $"printed by {Count(wording.ArticleCount, "outlet")}"))
                .Append(isMostPrinted ? ", the most" : "").Append("</p>\n<blockquote>");
            int position = 0;
            foreach (var difference in differences)
            {
                int start = difference.Start - offset;
                if (start < position)
                {
                    continue;
                }
                _html.Append(Html.Escape(wording.Text.Substring(position, start - position)))
                    .Append("<mark title=\"").Append(Html.Escape(Expectation(difference))).Append("\">")
                    .Append(Html.Escape(wording.Text.Substring(start, difference.Length))).Append("</mark>");
                position = start + difference.Length;
            }
            _html.Append(Html.Escape(wording.Text.Substring(position))).Append("</blockquote>\n");
            foreach (var difference in differences)
            {
                _html.Append("<p class=\"diff\"><del>").Append(Html.Escape(difference.Printed)).Append("</del> <ins>")
                    .Append(Html.Escape(difference.Expected)).Append("</ins> <span class=\"count\">")
                    .Append(string.Create(CultureInfo.InvariantCulture, $"({difference.ExpectedCount} of {difference.CoveringCount} outlets)")).Append("</span></p>\n");
            }
            _html.Append("<ul class=\"outlets\">\n");
            foreach (var key in wording.Quotes)
            {
                WriteQuote(key);
            }
            _html.Append("</ul>\n</div>\n");
        }

        private void WriteQuote(QuoteKey key)
        {
            var article = _articles[key.ArticleId];
            var quote = article.Quotes[key.Index];
            _html.Append("<li><a href=\"#article-").Append(Html.Escape(article.Id)).Append("\">")
                .Append(Html.Escape(article.Outlet ?? article.Title)).Append("</a> <span class=\"count\">")
                .Append(Html.Escape(string.Join(" & ", quote.Speakers.Select(s => Name(s.Id)))))
                .Append(string.Create(CultureInfo.InvariantCulture, $", line {quote.Line}")).Append("</span>");
            if (IsMisquote(key))
            {
                _html.Append(" <span class=\"flag misquote\">VQ0008 misquote</span>");
            }
            if (quote.Sic)
            {
                _html.Append(" <span class=\"flag sic\" title=\"The corpus author checked that the outlet printed these words.\">✓ !sic</span>");
            }
            if (_conflicts.TryGetValue(key, out var conflict))
            {
                _html.Append(" <span class=\"flag conflict\">VQ0009 the others credit ")
                    .Append(Html.Escape(string.Join(" or ", conflict.OtherSpeakers.Select(Name)))).Append("</span>");
            }
            _html.Append("</li>\n");
        }

        // A misquote the analyzer reports: most outlets print other words, and no one checked this one.
        private bool IsMisquote(QuoteKey key) =>
            _differences[key].Any(d => d.IsMisquote) && !_articles[key.ArticleId].Quotes[key.Index].Sic;

        private string Name(string speakerId) => _data.Corpus.Speaker(speakerId)?.Name ?? speakerId;

        private static string Expectation(WordDifference difference) =>
            string.Create(CultureInfo.InvariantCulture, $"{difference.ExpectedCount} of {difference.CoveringCount} outlets print ‘{difference.Expected}’ here");

        private static string Count(int count, string word) =>
            string.Create(CultureInfo.InvariantCulture, $"{count} {word}{(count == 1 ? "" : "s")}");
    }
}
