using System.Linq;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Statements;
using Verbatim.Generators.Model;

namespace Verbatim.Generators.Building;

/// <summary>What linking needs of one generated article: its quotes' signatures, numbered as the generated <c>Article.Quotes</c>.</summary>
internal static class StatementInputs
{
    public static ArticleSignature Signature(ArticleModel article)
    {
        var quotes = article.Quotes;
        var signatures = new QuoteSignature[quotes.Count];
        var children = quotes.ToLookup(q => q.Parent);
        for (int i = 0; i < signatures.Length; i++)
        {
            var quote = quotes[i];
            var nested = children[i].Select(q => (q.Start, q.Length));
            int continues = i > 0 && Signatures.Continues(article.Body.Text, Piece(quotes[i - 1]), Piece(quote)) ? i - 1 : -1;
            signatures[i] = Signatures.Of(i, quote.Id, quote.Speakers.Select(s => s.Id), quote.Kind, quote.Sic, article.Body.Text, quote.Start, quote.Length, nested, continues);
        }
        return new ArticleSignature(article.Row.Id, new EquatableArray<QuoteSignature>(signatures));
    }

    private static Signatures.QuotePiece Piece(QuoteModel quote) =>
        new(quote.Start, quote.Length, quote.Kind, quote.Speakers.Select(s => s.Id), quote.Parent);
}
