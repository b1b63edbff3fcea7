using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Parsing;

/// <summary>An article file read on its own: the article (always, with what could be read) and its mistakes.</summary>
public sealed record ArticleParseResult(ArticleSpec Article, EquatableArray<CorpusDiagnostic> Diagnostics);
