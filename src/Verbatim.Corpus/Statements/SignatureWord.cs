namespace Verbatim.Corpus.Statements;

/// <summary>
/// One normalized word of a <see cref="QuoteSignature"/>, in one flat value: what stands for it in
/// the join and where it was printed. Its normalized text is in <see cref="QuoteSignature.Text"/>,
/// after as many spaces as words come before it.
/// </summary>
/// <param name="Hash">The word's <see cref="WordHash"/>: a number that stands for it, for a join that would rather compare numbers than strings.</param>
/// <param name="Start">Where the word was printed in <see cref="QuoteSignature.Content"/> (for a contraction, both its words point at it).</param>
/// <param name="Length">How long the printed word is.</param>
public readonly record struct SignatureWord(ulong Hash, int Start, int Length);
