namespace Verbatim.Corpus.Finding;

/// <summary>The quotation marks the finder reads.</summary>
internal static class QuoteMarks
{
    public static bool IsMark(char c) => c is '“' or '”' or '"' or '‘' or '’' or '\'' or '«' or '»';
}
