using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Cli.Model;

/// <summary>
/// An article body's paragraphs: the text between blank lines, except that a quote that spans
/// several paragraphs keeps them in one, so inline markup nests.
/// </summary>
internal static class Paragraphs
{
    public static IReadOnlyList<(int Start, int End)> Of(ArticleSpec article, QuoteNesting nesting)
    {
        var topLevel = nesting.TopLevel.Select(i => article.Quotes[i]).ToList();
        var paragraphs = new List<(int, int)>();
        string body = article.Body;
        int start = 0;
        int i = 0;
        while (i < body.Length)
        {
            if (body[i] != '\n')
            {
                i++;
                continue;
            }
            int breakStart = i;
            while (i < body.Length && body[i] == '\n')
            {
                i++;
            }
            if (i - breakStart >= 2 && !topLevel.Any(q => q.Start < breakStart && q.Start + q.Length > breakStart))
            {
                Add(paragraphs, body, topLevel, start, breakStart);
                start = i;
            }
        }
        Add(paragraphs, body, topLevel, start, body.Length);
        return paragraphs;
    }

    // Line breaks at either end belong to no paragraph, unless a quote holds them.
    private static void Add(List<(int, int)> paragraphs, string body, List<QuoteSpec> topLevel, int start, int end)
    {
        while (end > start && body[end - 1] == '\n' && !topLevel.Any(q => q.Start + q.Length >= end && q.Start < end))
        {
            end--;
        }
        while (start < end && body[start] == '\n' && !topLevel.Any(q => q.Start <= start && q.Start + q.Length > start))
        {
            start++;
        }
        if (end > start)
        {
            paragraphs.Add((start, end));
        }
    }
}
