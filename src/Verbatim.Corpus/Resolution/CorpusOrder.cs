using System;

namespace Verbatim.Corpus.Resolution;

/// <summary>
/// The one order of corpus files: by path, ordinal, with <c>\</c> read as <c>/</c>, so results do
/// not depend on the order the compiler hands files over or on the operating system's separator.
/// </summary>
public static class CorpusOrder
{
    public static int ComparePaths(string left, string right)
    {
        int length = Math.Min(left.Length, right.Length);
        for (int i = 0; i < length; i++)
        {
            int difference = Normalize(left[i]) - Normalize(right[i]);
            if (difference != 0)
            {
                return difference;
            }
        }
        return left.Length - right.Length;
    }

    private static char Normalize(char c) => c == '\\' ? '/' : c;
}
