using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Text;

/// <summary>
/// A text as the content of a C# literal, without the escaped copy: the text itself and where it
/// needs escapes (see <see cref="CSharpText.Escape"/> and <see cref="EscapedPart"/>).
/// A body's escaped copy, made for every article and cached with it, was as large as the body.
/// </summary>
/// <param name="Text">The text as it reads.</param>
/// <param name="EscapedAt">The indexes of the characters that are written as escapes, in order.</param>
/// <param name="FitsUtf8">Whether a <c>u8</c> literal can hold it: false for a lone surrogate, which UTF-8 cannot encode.</param>
internal sealed record EscapedText(string Text, EquatableArray<int> EscapedAt, bool FitsUtf8);
