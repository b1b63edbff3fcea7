using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>Everything one article's generated file needs, and nothing of any other article.</summary>
/// <param name="HintName">The article's generated file (see <see cref="ArticleEntry.HintName"/>).</param>
/// <param name="Quotes">The generated quotes, in document order, an outer quote before its nested ones.</param>
internal sealed record ArticleModel(
    Options.EmitOptions Options,
    ArticleRow Row,
    string HintName,
    EscapedText Body,
    EquatableArray<QuoteModel> Quotes);
