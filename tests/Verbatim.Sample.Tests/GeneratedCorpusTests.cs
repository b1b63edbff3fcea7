using System;
using System.Collections.Generic;
using System.Linq;
using SampleCorpus.Corpus;

namespace Verbatim.Sample.Tests;

/// <summary>The API Verbatim generates for the sample: complete, consistent, and equal to what the corpus library reads.</summary>
public class GeneratedCorpusTests
{
    [Fact]
    public void Articles_are_the_five_files_ordered_by_id()
    {
        Articles.All.Select(a => a.Id).ShouldBe(
        [
            "anj-putin-tillerson-kremlin",
            "guardian-us-russia-relations-low",
            "nymag-tillerson-low-point",
            "nyt-tillerson-putin",
            "unknown-outlet-tillerson-low-point",
        ]);
    }

    [Fact]
    public void Each_article_has_the_quotes_and_speakers_annotated()
    {
        Articles.All.ToDictionary(a => a.Id, a => (a.Quotes.Count, a.Speakers.Count)).ShouldBe(new Dictionary<string, (int, int)>
        {
            ["anj-putin-tillerson-kremlin"] = (31, 4),
            ["guardian-us-russia-relations-low"] = (45, 10),
            ["nymag-tillerson-low-point"] = (15, 4),
            ["nyt-tillerson-putin"] = (37, 10),
            ["unknown-outlet-tillerson-low-point"] = (30, 12),
        }, ignoreOrder: true);
        Quotes.All.Count.ShouldBe(158);
        Speakers.All.Count.ShouldBe(22);
    }

    [Fact]
    public void Every_quote_has_defined_speakers_that_list_it()
    {
        foreach (var quote in Quotes.All)
        {
            quote.Speakers.ShouldNotBeEmpty();
            quote.Speaker.ShouldBeSameAs(quote.Speakers[0]);
            foreach (var speaker in quote.Speakers)
            {
                Speakers.All.ShouldContain(speaker);
                speaker.Quotes.ShouldContain(quote);
            }
        }
    }

    [Fact]
    public void Every_quote_is_its_slice_of_the_body()
    {
        foreach (var quote in Quotes.All)
        {
            var content = quote.Article.Body.Substring(quote.Start, quote.Length);
            QuoteMarks.StripOnePair(content.Trim()).Trim().ShouldBe(quote.Text, $"{quote.Article.Id} line {quote.Line}");
        }
    }

    [Fact]
    public void The_generated_corpus_equals_what_the_corpus_library_reads()
    {
        var parsed = SampleCorpusFiles.Corpus.Articles;
        Articles.All.Count.ShouldBe(parsed.Count);
        for (int a = 0; a < parsed.Count; a++)
        {
            var (generated, spec) = (Articles.All[a], parsed[a]);
            (generated.Id, generated.Title, generated.Outlet, generated.Body).ShouldBe((spec.Id, spec.Title, spec.Outlet, spec.Body));
            generated.Published.ShouldBe(new DateOnly(2017, 4, 12));
            generated.Quotes.Select(q => (q.Id, q.Text, q.Start, q.Length, q.Line, Parent: q.Parent is null ? -1 : generated.Quotes.ToList().IndexOf(q.Parent)))
                .ShouldBe(spec.Quotes.Select(q => (q.Id, q.Text, q.Start, q.Length, q.Line, q.Parent)));
            generated.Quotes.Select(q => string.Join(",", q.Speakers.Select(s => s.Id)))
                .ShouldBe(spec.Quotes.Select(q => string.Join(",", q.Speakers.Select(s => s.Id))));
        }
    }

    [Fact]
    public void Quote_ids_and_speakers_are_members_named_after_their_ids()
    {
        Articles.NytTillersonPutin.LowTrust.Text.ShouldBe("There is a low level of trust between our countries,");
        Articles.GuardianUsRussiaRelationsLow.Url.ShouldBe(new Uri("http://www.theguardian.com/us-news/2017/apr/12/us-russia-relations-tillerson-moscow-press-conference"));
        Articles.UnknownOutletTillersonLowPoint.NoAgreement.Speaker.ShouldBeSameAs(Speakers.RCHammond);
        Speakers.RCHammond.Name.ShouldBe("R.C. Hammond");
        Speakers.FormerUsOfficial.Kind.ShouldBe(SpeakerKind.Anonymous);
    }

    [Fact]
    public void A_quote_within_a_quote_is_nested_in_it()
    {
        var boring = Articles.NytTillersonPutin.Quotes.Single(q => q.Speaker.Id == "ilf-petrov");

        boring.Text.ShouldBe("It\u2019s boring, ladies.");
        boring.Parent.ShouldNotBeNull().Speaker.ShouldBeSameAs(Speakers.Putin);
        boring.Parent.Nested.ShouldBe([boring]);
    }
}
