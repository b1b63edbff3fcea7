using System;

namespace Verbatim.Corpus.Parsing;

/// <summary>
/// Checks that a front matter url is absolute. <see cref="Uri"/> alone is not enough: on Unix it
/// takes <c>/path</c> for an absolute file URI, so an explicit scheme is required too.
/// </summary>
internal static class AbsoluteUrl
{
    public static bool IsValid(string text) =>
        HasScheme(text) && Uri.TryCreate(text, UriKind.Absolute, out _);

    // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" (RFC 3986); two letters at least, so C:\ is no scheme.
    private static bool HasScheme(string text)
    {
        int colon = text.IndexOf(':');
        if (colon < 2 || !IsAsciiLetter(text[0]))
        {
            return false;
        }
        for (int i = 1; i < colon; i++)
        {
            char c = text[i];
            if (!IsAsciiLetter(c) && c is not ((>= '0' and <= '9') or '+' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
