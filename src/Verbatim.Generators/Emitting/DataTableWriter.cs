using System.Collections.Generic;
using System.Text;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// Writes a data table the generated loader reads in loops (the <c>TableReader</c> of
/// <see cref="ModelSource"/>) straight into the generated file, escaped as the content of its
/// literal (see <see cref="IndentedWriter.StartTable"/>). An integer is its
/// digits then <c>,</c>; a list is its count, then its items; a text is its length, <c>,</c>, then
/// its characters, with length <c>-1</c> for null.
/// <para>
/// In a <c>u8</c> table (<see cref="IsUtf8"/>) a length counts UTF-8 bytes, so the loader decodes
/// each text straight from its bytes, and a text UTF-8 cannot hold (a lone surrogate) is written
/// as <c>-2 - n</c> then its <c>n</c> UTF-16 code units as integers. In a string table a length
/// counts UTF-16 code units.
/// </para>
/// </summary>
internal sealed class DataTableWriter
{
    private readonly StringBuilder _literal;
    private readonly char[] _digits = new char[11];

    /// <param name="literal">The generated file's text, where the table's literal has just been opened.</param>
    /// <param name="isUtf8">Whether the table is a <c>u8</c> literal (else a string literal).</param>
    internal DataTableWriter(StringBuilder literal, bool isUtf8)
    {
        _literal = literal;
        IsUtf8 = isUtf8;
    }

    public bool IsUtf8 { get; }

    public DataTableWriter Int(int value)
    {
        // Digits written from the end of a scratch buffer: tables hold millions of numbers, and a string for each adds up.
        uint magnitude = value < 0 ? (uint)-(long)value : (uint)value;
        int first = _digits.Length;
        do
        {
            _digits[--first] = (char)('0' + (magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude != 0);
        if (value < 0)
        {
            _digits[--first] = '-';
        }
        _literal.Append(_digits, first, _digits.Length - first).Append(',');
        return this;
    }

    public DataTableWriter Text(string? value)
    {
        if (value is null)
        {
            return Int(-1);
        }
        if (IsUtf8 && CSharpText.HasLoneSurrogate(value))
        {
            Int(-2 - value.Length);
            foreach (char unit in value)
            {
                Int(unit);
            }
            return this;
        }
        Int(IsUtf8 ? Encoding.UTF8.GetByteCount(value) : value.Length);
        CSharpText.AppendEscaped(_literal, value);
        return this;
    }

    public DataTableWriter Texts(IReadOnlyList<string> values)
    {
        Int(values.Count);
        foreach (string value in values)
        {
            Text(value);
        }
        return this;
    }
}
