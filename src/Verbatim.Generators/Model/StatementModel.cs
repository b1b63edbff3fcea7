using Verbatim.Corpus.Model;
using Verbatim.Corpus.Statements;

namespace Verbatim.Generators.Model;

/// <summary>An article's id and outlet: what a statement's docs name its outlets by.</summary>
internal readonly record struct ArticleOutlet(string Id, string? Outlet);

/// <summary>One statement as its generated table row and member need it.</summary>
/// <param name="MemberName">Its <c>Statements.&lt;Member&gt;</c>, or null (no quote id, or past the member limit).</param>
internal sealed record StatementModel(string Id, string? MemberName, string Text, EquatableArray<StatementWordingModel> Wordings);

/// <summary>One wording of a statement: its text, its quotes (article id, the quote's place among the article's generated quotes).</summary>
/// <param name="Outlets">The outlets that print it, each once, in the order of its quotes (an article with no outlet is named by its id): what the statement's doc comment lists.</param>
internal sealed record StatementWordingModel(string Text, EquatableArray<QuoteKey> Quotes, EquatableArray<string> Outlets);

/// <summary>One slice of the statements (see <see cref="Slices"/>): an edit to one quote's words regenerates the slices it changes.</summary>
internal sealed record StatementSlice(int Index, EquatableArray<StatementModel> Statements);
