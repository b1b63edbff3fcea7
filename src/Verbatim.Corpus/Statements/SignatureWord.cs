namespace Verbatim.Corpus.Statements;

/// <summary>
/// One normalized word of a <see cref="QuoteSignature"/>, all in one flat value: what stands for it
/// in the join, where it was printed, and where its normalized text is in <see cref="QuoteSignature.Text"/>.
/// </summary>
/// <param name="Hash">The word's <see cref="WordHash"/>: a number that stands for it, for a join that would rather compare numbers than strings.</param>
/// <param name="Start">Where the word was printed in <see cref="QuoteSignature.Content"/> (for a contraction, both its words point at it).</param>
/// <param name="Length">How long the printed word is.</param>
/// <param name="TextStart">Where the normalized word starts in <see cref="QuoteSignature.Text"/>.</param>
/// <param name="TextLength">How long the normalized word is.</param>
public readonly record struct SignatureWord(ulong Hash, int Start, int Length, int TextStart, int TextLength);
