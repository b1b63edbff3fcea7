namespace Verbatim.Corpus.Parsing;

/// <summary>Where a corpus file's content begins: a byte order mark left in the text is not content.</summary>
internal static class TextStart
{
    public static int AfterByteOrderMark(string text) => text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
}
