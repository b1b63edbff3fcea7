using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>
/// The parsed articles of one <see cref="ArticleSlice"/>, before their models are built. The models
/// are built a slice at a time, so an edit passes one slice through the combine with the corpus-wide
/// facts and the build, not every article; and what the corpus-wide steps take of the articles (their
/// ids and paths, their speakers) is taken a slice at a time too, so an edit takes it of one slice.
/// </summary>
/// <param name="Articles">Cut from the files in the order the compilation lists them, which stays the same from
/// edit to edit, so a slice no edit touched compares equal without being sorted; the models are sorted when a slice
/// is built. An article whose id another file won is among them (it yields no model).</param>
internal sealed record ParsedArticleSlice(int Index, EquatableArray<ParsedArticle> Articles)
{
    /// <summary>
    /// Every slice that holds a parsed article, as many slices as <see cref="ArticleSlice.CountFor"/> gives for
    /// every parsed article. That can be more than the generated articles need when some lose their id to another
    /// file: <see cref="Group"/> then joins them. An edit reruns this over the whole corpus, one pass.
    /// </summary>
    public static ImmutableArray<ParsedArticleSlice> Split(ImmutableArray<ParsedFile> files)
    {
        // One pass over the collected files, structs in one array whose hashes are read there (at a
        // large corpus, reaching an object per article in memory is what such a pass costs), then arrays only.
        var articles = new ParsedArticle[files.Length];
        var hashes = new uint[files.Length];
        int count = 0;
        foreach (var file in files)
        {
            if (file.Article is { } article)
            {
                articles[count] = article;
                hashes[count++] = file.IdHash;
            }
        }
        return Slices.CutInItemOrder(new ArraySegment<ParsedArticle>(articles, 0, count), hashes, ArticleSlice.CountFor(count))
            .Select((slice, index) => new ParsedArticleSlice(index, new EquatableArray<ParsedArticle>(slice)))
            .Where(slice => slice.Articles.Count > 0)
            .ToImmutableArray();
    }

    /// <summary>
    /// The slices of <paramref name="count"/> (the count for the generated articles), from those of <see cref="Split"/>:
    /// both counts are powers of two, so each slice of <paramref name="count"/> is the union of the split's slices whose
    /// index it is the remainder of. When the counts agree (no duplicate id moved the count) the split's slices are the
    /// slices, the very objects, so an edit compares them by reference.
    /// </summary>
    public static ImmutableArray<ParsedArticleSlice> Group(ImmutableArray<ParsedArticleSlice> split, int count)
    {
        if (split.All(slice => slice.Index < count))
        {
            return split;
        }
        var grouped = new SortedDictionary<int, List<ParsedArticle>>();
        foreach (var slice in split)
        {
            int index = slice.Index % count;
            if (!grouped.TryGetValue(index, out var articles))
            {
                grouped.Add(index, articles = new List<ParsedArticle>());
            }
            articles.AddRange(slice.Articles);
        }
        return grouped.Select(pair => new ParsedArticleSlice(pair.Key, pair.Value.ToEquatableArray())).ToImmutableArray();
    }
}
