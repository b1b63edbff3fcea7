using System;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Parsing;

/// <summary>Reads a <c>yyyy-MM-dd</c> date by hand, so no culture or time zone can change the answer.</summary>
internal static class IsoDate
{
    public static CorpusDate? TryParse(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day))
        {
            return null;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new CorpusDate(year, month, day);
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (text[i] - '0');
        }
        return true;
    }
}
