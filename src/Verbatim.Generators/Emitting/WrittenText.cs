using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// A generated file's text, handed to the compiler as the writer built it. <c>ToString()</c> would
/// copy every file once more (about 100 MB of copying for 10,000 articles, a tenth of a cold run);
/// the compiler reads a <see cref="SourceText"/> in blocks through <see cref="CopyTo"/>, which a
/// <see cref="StringBuilder"/> serves directly. The builder is never written to again.
/// </summary>
internal sealed class WrittenText : SourceText
{
    private readonly StringBuilder _text;

    public WrittenText(StringBuilder text) => _text = text;

    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _text.Length;

    public override char this[int position] => _text[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        _text.CopyTo(sourceIndex, destination, destinationIndex, count);

    public override string ToString() => _text.ToString();
}
