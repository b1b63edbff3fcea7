using Verbatim.Corpus.Model;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Model;

/// <summary>Everything one article's part of its slice's file needs, and nothing of any other article.</summary>
/// <param name="Quotes">The generated quotes, in document order, an outer quote before its nested ones.</param>
/// <param name="Place">The article's file and its front matter <c>id</c> (or the file's start): the article's members map there.
/// Kept here, not in <see cref="Row"/>, so a line shift in the front matter leaves the article table alone.</param>
internal sealed record ArticleModel(
    Options.EmitOptions Options,
    ArticleRow Row,
    EscapedText Body,
    EquatableArray<QuoteModel> Quotes,
    CorpusPlace Place);
