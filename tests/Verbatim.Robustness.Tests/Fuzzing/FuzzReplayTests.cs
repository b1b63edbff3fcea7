using System;
using System.Linq;
using System.Threading.Tasks;
using Verbatim.Fuzzing;
using Verbatim.Fuzzing.Inputs;
using Verbatim.Robustness.Tests.Harness;

namespace Verbatim.Robustness.Tests.Fuzzing;

/// <summary>
/// Replays the coverage-guided fuzzer's seeds and findings without AFL: each input through its
/// fuzz targets (no exception, no broken invariant, and no hang), then through the generator, the
/// compiler and the analyzer (sound, as every build must be).
/// </summary>
public sealed class FuzzReplayTests
{
    // A hang guard, not a speed test: a parse of a 64 KB input takes milliseconds.
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(30);

    public static TheoryData<string, string> Runs
    {
        get
        {
            var runs = new TheoryData<string, string>();
            foreach (var (input, _) in FuzzInputs.All)
            {
                foreach (var target in FuzzInputs.TargetsOf(input))
                {
                    runs.Add(target.Name, input);
                }
            }
            return runs;
        }
    }

    public static TheoryData<string> Inputs => new(FuzzInputs.All.Select(input => input.Name));

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task The_fuzz_target_passes_in_time(string targetName, string input)
    {
        var target = FuzzTargets.Find(targetName).ShouldNotBeNull();
        string text = Text(input);

        var run = Task.Run(() => target.Run(text));

        (await Task.WhenAny(run, Task.Delay(s_hangGuard))).ShouldBe(run, $"{target.Name} still running on {input} after {s_hangGuard.TotalSeconds} s");
        await run;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_build_is_sound(string input)
    {
        var shape = FuzzInputs.TargetsOf(input).Select(target => target.Shape).First();
        var files = FuzzFiles.Of(shape, Text(input)).Select(file => Consumer.File(file.Path, file.Text)).ToArray();

        CorpusBuild.Run(files).ShouldBeSound(files);
    }

    [Fact]
    public void Every_target_is_replayed_on_seeds()
    {
        var seeded = FuzzInputs.All
            .Where(input => input.Name.StartsWith("seeds/", StringComparison.Ordinal))
            .SelectMany(input => FuzzInputs.TargetsOf(input.Name))
            .Select(target => target.Name);

        seeded.Distinct().OrderBy(t => t, StringComparer.Ordinal).ShouldBe(FuzzTargets.All.Select(t => t.Name).OrderBy(t => t, StringComparer.Ordinal));
    }

    private static string Text(string input) => FuzzInput.Decode(FuzzInputs.All.Single(each => each.Name == input).Bytes);
}
