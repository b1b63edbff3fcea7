using System;
using System.Text;

namespace Verbatim.Fuzzing.Inputs;

/// <summary>
/// Turns the fuzzer's bytes into text. UTF-8 (invalid bytes become U+FFFD, as the compiler reads
/// them); after a UTF-16 LE byte-order mark, raw UTF-16 code units, so lone surrogates and every
/// other string the compiler can hand the parser are reachable too.
/// </summary>
public static class FuzzInput
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            var units = bytes.Slice(2);
            var chars = new char[units.Length / 2];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)(units[2 * i] | units[2 * i + 1] << 8);
            }
            return new string(chars);
        }
        return Encoding.UTF8.GetString(bytes);
    }
}
