using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Verbatim.Benchmarks.Roslyn;

/// <summary>
/// Where a cold generator run spends its time, by pipeline step: Roslyn times every tracked step
/// and every source output. What no step accounts for is the driver's own work, parsing the
/// generated sources among it.
/// </summary>
internal static class StepProfile
{
    public static string Render(int articles)
    {
        var workload = Workload.For(articles);
        var driver = workload.CreateDriver(VerbatimComponents.CreateGenerator(), workload.FreshTexts(), trackSteps: true)
            .RunGenerators(workload.Compilation);
        var run = driver.GetRunResult().Results.Single();
        double total = driver.GetTimingInfo().ElapsedTime.TotalMilliseconds;

        // Roslyn lists the output steps among the tracked steps too; count each once.
        var steps = run.TrackedSteps.Concat(run.TrackedOutputSteps.Where(output => !run.TrackedSteps.ContainsKey(output.Key)))
            .Select(step => (Name: step.Key, Runs: step.Value.Length, Ms: step.Value.Sum(one => one.ElapsedTime.TotalMilliseconds)))
            .OrderByDescending(step => step.Ms)
            .ToArray();
        var table = new StringBuilder();
        table.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Cold generator run, {articles:N0} articles: {total:N1} ms in all; {run.GeneratedSources.Length} files, "
            + $"{run.GeneratedSources.Sum(source => (long)source.SourceText.Length) / 1e6:N1} million characters generated."));
        table.AppendLine("| step | runs | ms | share |");
        table.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var step in steps)
        {
            table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {step.Name} | {step.Runs:N0} | {step.Ms:N1} | {step.Ms / total:P0} |"));
        }
        double inSteps = steps.Sum(step => step.Ms);
        table.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| (driver: everything else, parsing the generated sources among it) | | {total - inSteps:N1} | {(total - inSteps) / total:P0} |"));
        return table.ToString();
    }
}
