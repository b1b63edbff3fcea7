namespace Verbatim.Generators.Model;

/// <summary>The corpus-wide facts each article's model is built with, combined once so each article passes one combine step.</summary>
/// <param name="Index">Which file each article id comes from, and the article member names.</param>
internal sealed record CorpusFacts(SpeakerSet Speakers, ArticleIndex Index, Options.EmitOptions Options);
