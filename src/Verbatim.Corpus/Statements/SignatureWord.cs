namespace Verbatim.Corpus.Statements;

/// <summary>
/// One normalized word of a <see cref="QuoteSignature"/>, in one flat value of 8 bytes: what stands
/// for it in the join. Its normalized text is in <see cref="QuoteSignature.Text"/>, after as many
/// spaces as words come before it; where it was printed, <see cref="QuoteSignature.WordPlace"/>.
/// </summary>
/// <param name="Hash">The word's <see cref="WordHash"/>: a number that stands for it, for a join that would rather compare numbers than strings.</param>
public readonly record struct SignatureWord(ulong Hash);
