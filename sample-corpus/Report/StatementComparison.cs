using System.Collections.Generic;
using System.IO;
using System.Linq;
using SampleCorpus.Corpus;

namespace SampleCorpus.Report;

/// <summary>
/// One statement as the outlets printed it, straight from the generated <c>Statements</c>: each
/// wording with the outlets that print it, marked against the wording most of them print.
/// </summary>
internal static class StatementComparison
{
    /// <summary>The statement the most articles quote; on a tie, the first in corpus order. Null when there is none.</summary>
    public static Statement? MostQuoted(IReadOnlyList<Statement> statements) =>
        statements.OrderByDescending(s => s.Articles.Count).FirstOrDefault();

    public static void Write(TextWriter output, Statement statement, DiffStyle style)
    {
        output.WriteLine($"  #{statement.Id}, {Labels.Count(statement.Articles.Count, "outlet")}, {Labels.Count(statement.Wordings.Count, "wording")}; "
            + $"each marked against the most printed ({style.RemovedStart}left out{style.RemovedEnd} {style.AddedStart}added{style.AddedEnd}):");
        foreach (var wording in statement.Wordings)
        {
            var outlets = wording.Quotes
                .Select(q => Labels.Outlet(q.Article) + (q.IsSic ? " [sic]" : "") + $" (line {q.Line}, {q.Speaker.Name})")
                .Distinct();
            output.WriteLine();
            output.WriteLine("  " + string.Join("; ", outlets) + ":");
            var words = wording.Text == statement.Text ? wording.Text : style.Render(WordDiff.Compare(statement.Text, wording.Text));
            foreach (var line in TextWrap.Lines(words, indent: "", TextWrap.Width - 4))
            {
                output.WriteLine("    " + line);
            }
        }
    }
}
