using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Verbatim.Benchmarks.Walk;

/// <summary>
/// The alternative to generated code a user would pick: the corpus shipped as one JSON document,
/// read at start with System.Text.Json's source-generated context. Same fields as the generated API.
/// </summary>
public sealed record CorpusJson(IReadOnlyList<SpeakerJson> Speakers, IReadOnlyList<ArticleJson> Articles);

public sealed record SpeakerJson(string Id, string Name, string? Role, string? Organization, string Kind, IReadOnlyList<string> Aliases);

public sealed record ArticleJson(
    string Id, string Title, string? Outlet, string? Published, string? Url, IReadOnlyList<string> Authors,
    string Body, string SourcePath, IReadOnlyList<QuoteJson> Quotes);

/// <summary>A quote; <see cref="Parent"/> is the index of the enclosing quote in the article, or -1.</summary>
public sealed record QuoteJson(
    string? Id, IReadOnlyList<string> Speakers, string Text, string Kind, int Start, int Length, int Parent, int Line);

[JsonSerializable(typeof(CorpusJson))]
public sealed partial class CorpusJsonContext : JsonSerializerContext;
