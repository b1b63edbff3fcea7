using System;
using System.Collections.Generic;
using System.Globalization;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// The loader's switch that finds a slice's table (a body table, a slice of the quote table) by the
/// slice's number. Each table is a method of its slice's file marked to be inlined (see
/// <see cref="IndentedWriter.StartSliceTable"/>); compiled optimized, a switch takes them in, so reading
/// every slice compiles the switch only, never a method per slice. The JIT stops inlining into a method
/// that has grown too many locals (about 400 slices in one measured switch), so past
/// <see cref="CasesPerMethod"/> slices the switch is split: one method per that many slices, and one
/// that picks among them (at most 9 methods for the 512 slices of the largest corpus).
/// </summary>
internal static class SliceSwitch
{
    public const int CasesPerMethod = 64;

    /// <param name="name">The method's name: <c>name(int slice)</c>.</param>
    /// <param name="slices">How many slices there are.</param>
    /// <param name="table">The table method of a slice, or null where the slice holds nothing.</param>
    public static void Write(IndentedWriter writer, EmitOptions options, string name, int slices, Func<int, string?> table)
    {
        string type = IndentedWriter.TableType(options.UseUtf8Literals);
        string none = options.UseUtf8Literals ? "default;" : "string.Empty;";
        if (slices <= CasesPerMethod)
        {
            WriteCases(writer, options, type + " " + name + "(int slice)", 0, slices, none, table);
            return;
        }

        int methods = (slices + CasesPerMethod - 1) / CasesPerMethod;
        writer.Open("private static " + type + " " + name + "(int slice)")
            .Open("switch (slice / " + CasesPerMethod.ToString(CultureInfo.InvariantCulture) + ")");
        for (int part = 0; part < methods; part++)
        {
            writer.Line("case " + Number(part) + ": return " + PartName(name, part) + "(slice);");
        }
        writer.Line("default: return " + none)
            .Close()
            .Close();
        for (int part = 0; part < methods; part++)
        {
            int first = part * CasesPerMethod;
            writer.Line();
            WriteCases(writer, options, type + " " + PartName(name, part) + "(int slice)", first, Math.Min(slices, first + CasesPerMethod), none, table);
        }
    }

    private static void WriteCases(IndentedWriter writer, EmitOptions options, string signature, int first, int end, string none, Func<int, string?> table)
    {
        writer.Hot(options)
            .Open("private static " + signature)
            .Open("switch (slice)");
        for (int slice = first; slice < end; slice++)
        {
            if (table(slice) is { } member)
            {
                writer.Line("case " + Number(slice) + ": return " + member + "();");
            }
        }
        writer.Line("default: return " + none)
            .Close()
            .Close();
    }

    private static string PartName(string name, int part) => name + "Part" + Number(part);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
