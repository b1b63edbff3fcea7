using Verbatim.Corpus.Model;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Model;

/// <summary>
/// Everything one article's part of its slice's file needs, and nothing of any other article; and,
/// made once with it, what the corpus-wide tables take of it (<see cref="QuoteRows"/>, <see cref="SpeakerUse"/>, <see cref="Outlet"/>).
/// An edit gathers those from every article's model again: kept here, they are the same objects as
/// in the run before, so comparing them is a reference check, and nothing is allocated per article.
/// </summary>
/// <param name="Quotes">The generated quotes, in document order, an outer quote before its nested ones.</param>
/// <param name="Place">The article's file and its front matter <c>id</c> (or the file's start): the article's members map there.
/// Kept here, not in <see cref="Row"/>, so a line shift in the front matter leaves the article table alone.</param>
internal sealed record ArticleModel(
    Options.EmitOptions Options,
    ArticleRow Row,
    EscapedText Body,
    EquatableArray<QuoteModel> Quotes,
    CorpusPlace Place)
{
    /// <summary>The id's <see cref="Slices.Hash"/>, which picks its slice of articles and of quotes.</summary>
    public uint IdHash { get; } = Slices.Hash(Row.Id);

    /// <summary>Its rows of the quote table.</summary>
    public ArticleQuotes QuoteRows { get; } = new(Row.Id, Slices.Hash(Row.Id), Quotes);

    /// <summary>Who it quotes, for the counts in the speakers' docs.</summary>
    public SpeakerUse SpeakerUse { get; } = SpeakerUse.Of(Quotes);

    /// <summary>Its id and outlet, for the statements' docs.</summary>
    public ArticleOutlet Outlet { get; } = new(Row.Id, Row.Outlet);
}
