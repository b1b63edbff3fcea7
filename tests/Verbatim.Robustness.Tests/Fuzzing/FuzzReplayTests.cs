using System;
using System.Linq;
using System.Threading.Tasks;
using Verbatim.Fuzzing;
using Verbatim.Fuzzing.Inputs;
using Verbatim.Robustness.Tests.Harness;

namespace Verbatim.Robustness.Tests.Fuzzing;

/// <summary>
/// Replays the coverage-guided fuzzer's seeds and findings without AFL: each input through its
/// fuzz target (no exception, no broken invariant, and no hang), then through the generator, the
/// compiler and the analyzer (sound, as every build must be).
/// </summary>
public sealed class FuzzReplayTests
{
    // A hang guard, not a speed test: a parse of a 64 KB input takes milliseconds.
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Inputs => new(FuzzInputs.All.Select(input => input.Name));

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task The_fuzz_target_passes_in_time(string name)
    {
        var (target, text) = Input(name);

        var run = Task.Run(() => target.Run(text));

        (await Task.WhenAny(run, Task.Delay(s_hangGuard))).ShouldBe(run, $"{target.Name} still running on {name} after {s_hangGuard.TotalSeconds} s");
        await run;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_build_is_sound(string name)
    {
        var (target, text) = Input(name);
        var files = target.Files(text).Select(file => CorpusFile.At(file.Path, file.Text)).ToArray();

        CorpusBuild.Run(files).ShouldBeSound(files);
    }

    [Fact]
    public void Every_target_has_seeds()
    {
        var seeded = FuzzInputs.All.Where(input => input.Name.StartsWith("seeds/", StringComparison.Ordinal)).Select(input => FuzzInputs.TargetOf(input.Name));

        seeded.Distinct().OrderBy(t => t).ShouldBe(FuzzTargets.All.Select(t => t.Name).OrderBy(t => t));
    }

    private static (FuzzTarget Target, string Text) Input(string name)
    {
        var target = FuzzTargets.Find(FuzzInputs.TargetOf(name)).ShouldNotBeNull(name);
        var bytes = FuzzInputs.All.Single(input => input.Name == name).Bytes;
        return (target, FuzzInput.Decode(bytes));
    }
}
