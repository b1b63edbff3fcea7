using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// Writes the data tables the generated code reads in loops (see the <c>TableReader</c> it emits in
/// <see cref="ModelSource"/>): an integer is its digits then <c>,</c>; a text is its length, then
/// <c>,</c>, then its characters (length <c>-1</c>: null); a list is its count, then its items.
/// </summary>
internal sealed class DataTableWriter
{
    private readonly StringBuilder _data = new();

    public DataTableWriter Int(int value)
    {
        _data.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
        return this;
    }

    public DataTableWriter Text(string? value)
    {
        if (value is null)
        {
            return Int(-1);
        }
        Int(value.Length);
        _data.Append(value);
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

    public override string ToString() => _data.ToString();
}
