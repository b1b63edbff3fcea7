using Microsoft.CodeAnalysis.Text;

namespace Verbatim.CodeFixes;

/// <summary>Wraps a quotation of a corpus file in an annotation: <c>{@id “…”}</c>, marks included, as the format's examples write it.</summary>
internal static class QuotationAnnotation
{
    /// <summary><paramref name="text"/> with the annotation around <paramref name="quotation"/>, or null when the span is no longer in the file.</summary>
    public static SourceText? Wrap(SourceText text, TextSpan quotation, string speakerId)
    {
        if (quotation.IsEmpty || quotation.End > text.Length)
        {
            return null;
        }
        return text.WithChanges(
            new TextChange(new TextSpan(quotation.Start, 0), "{@" + speakerId + " "),
            new TextChange(new TextSpan(quotation.End, 0), "}"));
    }
}
