using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;

namespace Verbatim.Benchmarks;

/// <summary>
/// The table of docs/performance.md: every benchmark at every size with the ratios the targets are stated in,
/// which BenchmarkDotNet cannot compute because they cross benchmark classes.
/// </summary>
internal static class RatioTable
{
    public static string Render(IEnumerable<Summary> summaries)
    {
        var results = new Dictionary<(string Method, int Articles), (double Ns, long? Bytes)>();
        foreach (var report in summaries.SelectMany(summary => summary.Reports))
        {
            if (report.ResultStatistics is { } statistics)
            {
                var key = (report.BenchmarkCase.Descriptor.WorkloadMethod.Name, (int)report.BenchmarkCase.Parameters["Articles"]);
                results[key] = (statistics.Mean, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase));
            }
        }

        var table = new StringBuilder();
        var sizes = results.Keys.Select(key => key.Articles).Distinct().Order().ToArray();
        string Cell(string method, int size) =>
            results.TryGetValue((method, size), out var result) ? $"{Time(result.Ns)} / {Megabytes(result.Bytes)}" : "-";
        string Ratio(string method, string baseline, int size, string format) =>
            results.TryGetValue((method, size), out var a) && results.TryGetValue((baseline, size), out var b)
                ? (a.Ns / b.Ns).ToString(format, CultureInfo.InvariantCulture) : "-";

        table.AppendLine("Cold build (time / allocated):");
        table.AppendLine("| articles | read + hash (floor) | do-nothing generator | Verbatim generator | generator ÷ floor | Verbatim analyzer | analyzer ÷ floor |");
        table.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (int size in sizes)
        {
            table.AppendLine($"| {size:N0} | {Cell("ReadAndHash", size)} | {Cell("DoNothingGenerator", size)} | {Cell("Generator", size)} | "
                + $"{Ratio("Generator", "ReadAndHash", size, "0.0")}x | {Cell("Analyzer", size)} | {Ratio("Analyzer", "ReadAndHash", size, "0.0")}x |");
        }

        table.AppendLine().AppendLine("One article edited, driver kept (time / allocated):");
        table.AppendLine("| articles | do-nothing generator | Verbatim generator | ÷ do-nothing edit | ÷ Verbatim cold |");
        table.AppendLine("| ---: | ---: | ---: | ---: | ---: |");
        foreach (int size in sizes)
        {
            string ofCold = results.TryGetValue(("GeneratorEdit", size), out var edit) && results.TryGetValue(("Generator", size), out var cold)
                ? (edit.Ns / cold.Ns).ToString("P1", CultureInfo.InvariantCulture) : "-";
            table.AppendLine($"| {size:N0} | {Cell("DoNothingGeneratorEdit", size)} | {Cell("GeneratorEdit", size)} | "
                + $"{Ratio("GeneratorEdit", "DoNothingGeneratorEdit", size, "0.0")}x | {ofCold} |");
        }

        table.AppendLine().AppendLine("One C# file edited, driver kept (time / allocated):");
        table.AppendLine("| articles | do-nothing generator | Verbatim generator | ÷ do-nothing edit |");
        table.AppendLine("| ---: | ---: | ---: | ---: |");
        foreach (int size in sizes)
        {
            table.AppendLine($"| {size:N0} | {Cell("DoNothingGeneratorCSharpEdit", size)} | {Cell("GeneratorCSharpEdit", size)} | "
                + $"{Ratio("GeneratorCSharpEdit", "DoNothingGeneratorCSharpEdit", size, "0.00")}x |");
        }

        table.AppendLine().AppendLine("First walk of every title, body, quote and quote's speaker (time / allocated):");
        table.AppendLine("| articles | JSON (System.Text.Json source-generated) | generated corpus, fresh load | JSON ÷ generated |");
        table.AppendLine("| ---: | ---: | ---: | ---: |");
        foreach (int size in sizes)
        {
            table.AppendLine($"| {size:N0} | {Cell("JsonDeserializeAndWalk", size)} | {Cell("GeneratedFirstWalk", size)} | "
                + $"{Ratio("JsonDeserializeAndWalk", "GeneratedFirstWalk", size, "0.0")}x |");
        }
        return table.ToString();
    }

    private static string Time(double nanoseconds) =>
        nanoseconds >= 1e6
            ? (nanoseconds / 1e6).ToString("N1", CultureInfo.InvariantCulture) + " ms"
            : (nanoseconds / 1e3).ToString("N1", CultureInfo.InvariantCulture) + " µs";

    private static string Megabytes(long? bytes) =>
        bytes is { } value ? (value / 1048576.0).ToString("N1", CultureInfo.InvariantCulture) + " MB" : "?";
}
