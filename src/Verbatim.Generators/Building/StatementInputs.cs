using Verbatim.Corpus.Model;
using Verbatim.Corpus.Statements;
using Verbatim.Generators.Model;

namespace Verbatim.Generators.Building;

/// <summary>What linking needs of the generated articles: their quotes' signatures, numbered as the generated <c>Article.Quotes</c>.</summary>
internal static class StatementInputs
{
    /// <summary>The signatures of a slice's articles, in the slice's order.</summary>
    public static EquatableArray<ArticleSignature> OfSlice(ArticleSlice slice) => Projection.Of(slice.Articles, Signature);

    private static ArticleSignature Signature(ArticleModel article)
    {
        var quotes = article.Quotes;
        var inputs = new QuoteInput[quotes.Count];
        for (int i = 0; i < inputs.Length; i++)
        {
            var quote = quotes[i];
            var speakers = new string[quote.Speakers.Count];
            for (int s = 0; s < speakers.Length; s++)
            {
                speakers[s] = quote.Speakers[s].Id;
            }
            inputs[i] = new QuoteInput(quote.Id, speakers, quote.Kind, quote.Sic, quote.Start, quote.Length, quote.Parent);
        }
        return Signatures.Of(article.Row.Id, article.Body.Text, inputs);
    }
}
