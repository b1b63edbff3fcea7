namespace Verbatim.Generators.Model;

/// <summary>A text as the content of a C# literal (see <see cref="Emitting.CSharpText.Escape"/>).</summary>
/// <param name="Content">What goes between the quotation marks.</param>
/// <param name="FitsUtf8">Whether a <c>u8</c> literal can hold it: false for a lone surrogate, which UTF-8 cannot encode.</param>
internal sealed record EscapedText(string Content, bool FitsUtf8);
