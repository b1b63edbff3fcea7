using System;
using System.Collections.Generic;
using System.Threading;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Naming;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Building;

/// <summary>
/// Turns one parsed article, with the corpus-wide facts it needs (speakers, its name, the options),
/// into the model of its generated file.
/// </summary>
internal static class ArticleModelBuilder
{
    /// <summary>The models of one slice's articles, in the order of <c>Articles.All</c> (ids are unique among them); an article whose id another file won has none.</summary>
    public static ArticleSlice Build(ParsedArticleSlice slice, CorpusFacts facts, CancellationToken cancellationToken)
    {
        var models = new List<ArticleModel>(slice.Articles.Count);
        foreach (var parsed in slice.Articles)
        {
            if (Build(parsed, facts, cancellationToken) is { } model)
            {
                models.Add(model);
            }
        }
        models.Sort((left, right) => string.CompareOrdinal(left.Row.Id, right.Row.Id));
        return new ArticleSlice(slice.Index, models.ToEquatableArray());
    }

    /// <summary>The model, or null when another file won this article's id (that file is generated instead).</summary>
    public static ArticleModel? Build(ParsedArticle parsed, CorpusFacts facts, CancellationToken cancellationToken)
    {
        var (speakers, index, options) = facts;
        var article = parsed.Article;
        var entry = index.Find(article.Id, article.Path);
        if (entry is null)
        {
            return null;
        }

        var row = new ArticleRow(
            article.Id,
            entry.MemberName,
            article.Title,
            article.Outlet,
            article.Published,
            article.Url,
            article.Authors,
            CorpusPaths.RelativeTo(article.Path, options.Corpus.ProjectDirectory));
        // An article without a member of its own has no class, so its quotes get no members.
        var memberNames = row.MemberName is null ? new string?[article.Quotes.Count] : QuoteMemberNames(article, row.MemberName);
        var quotes = KeptQuotes(article.Quotes, memberNames, speakers, cancellationToken);
        return new ArticleModel(options, row, parsed.Body, quotes.ToEquatableArray(), new CorpusPlace(article.Path, CorpusRange.Of(article.IdSpan)));
    }

    /// <summary>
    /// The quotes with at least one defined speaker (only those are generated), with the undefined
    /// speakers left out and every parent index pointing at the nearest kept ancestor.
    /// </summary>
    private static List<QuoteModel> KeptQuotes(EquatableArray<QuoteSpec> quotes, string?[] memberNames, SpeakerSet speakers, CancellationToken cancellationToken)
    {
        var kept = new List<QuoteModel>(quotes.Count);
        var keptIndex = new int[quotes.Count];
        for (int i = 0; i < quotes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var quote = quotes[i];
            var quoteSpeakers = DefinedSpeakers(quote.Speakers, speakers);
            if (quoteSpeakers.Count == 0)
            {
                keptIndex[i] = -1;
                continue;
            }

            int parent = quote.Parent;
            while (parent >= 0 && keptIndex[parent] < 0)
            {
                parent = quotes[parent].Parent;
            }
            keptIndex[i] = kept.Count;
            kept.Add(new QuoteModel(quote.Id, memberNames[i], quoteSpeakers, quote.Kind, quote.Start, quote.Length, quote.Text, CorpusRange.Of(quote.OpeningSpan),
                parent < 0 ? -1 : keptIndex[parent], quote.Sic));
        }
        return kept;
    }

    /// <summary>The defined speakers of a quote, in the order written, each once (loops, no list or closure: this runs for every quote of the corpus).</summary>
    private static EquatableArray<QuoteSpeaker> DefinedSpeakers(EquatableArray<SpeakerReference> references, SpeakerSet speakers)
    {
        if (references.Count == 1)
        {
            int only = speakers.IndexOf(references[0].Id);
            return only < 0 ? EquatableArray<QuoteSpeaker>.Empty : speakers.Alone(only);
        }
        QuoteSpeaker[]? defined = null;
        int count = 0;
        for (int r = 0; r < references.Count; r++)
        {
            int index = speakers.IndexOf(references[r].Id);
            if (index < 0)
            {
                continue;
            }
            var speaker = speakers.Alone(index)[0];
            if (!Contains(defined, count, speaker.Id))
            {
                defined ??= new QuoteSpeaker[references.Count];
                defined[count++] = speaker;
            }
        }
        if (defined is null)
        {
            return EquatableArray<QuoteSpeaker>.Empty;
        }
        if (count < defined.Length)
        {
            Array.Resize(ref defined, count);
        }
        return new EquatableArray<QuoteSpeaker>(defined);
    }

    private static bool Contains(QuoteSpeaker[]? speakers, int count, string id)
    {
        for (int i = 0; i < count; i++)
        {
            if (speakers![i].Id == id)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The member name of each quote (by index; null without an id, or past the article class's limit), as
    /// the analyzer names them for VQ0005. A dropped quote keeps its name unused, so no name moves.
    /// </summary>
    private static string?[] QuoteMemberNames(ArticleSpec article, string articleMemberName)
    {
        var memberNames = new string?[article.Quotes.Count];
        foreach (var named in ClassMembers.OfQuotes(article, articleMemberName))
        {
            memberNames[named.Quote] = named.Name.Name;
        }
        return memberNames;
    }
}
