namespace Verbatim.Corpus.Finding;

/// <summary>
/// A stretch of the text the finder never looks for quotations in: an annotation, from its
/// <c>{@</c> through its closing <c>}</c>. Its speakers still count as context (a quotation
/// right after an annotated one is often the same speaker's).
/// </summary>
/// <param name="Start">Offset of the <c>{@</c>.</param>
/// <param name="End">Offset just past the closing <c>}</c>.</param>
/// <param name="SpeakerId">The annotation's first speaker id, or null when it names none the finder can use.</param>
internal readonly record struct SkippedRange(int Start, int End, string? SpeakerId, bool IsDirect);
