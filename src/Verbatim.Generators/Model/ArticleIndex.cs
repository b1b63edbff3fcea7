using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>The articles that are generated, one per id (ids compare case-insensitively), ordered by id (ordinal).</summary>
internal sealed record ArticleIndex(EquatableArray<ArticleEntry> Entries);
