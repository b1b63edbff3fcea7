using System;
using System.Globalization;
using CsCheck;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>
/// Runs a property over generated inputs from a fixed seed, so CI is reproducible. A failure
/// names the iteration and seed; <c>VERBATIM_FUZZ_ITERATIONS</c> (inputs per property) and
/// <c>VERBATIM_FUZZ_SEED</c> select a longer or different run.
/// </summary>
internal static class Fuzz
{
    private const ulong DefaultSeed = 20261123;

    public static ulong Seed { get; } = ulong.TryParse(Environment.GetEnvironmentVariable("VERBATIM_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
        ? seed
        : DefaultSeed;

    /// <summary><paramref name="ciIterations"/>, unless <c>VERBATIM_FUZZ_ITERATIONS</c> asks for another count.</summary>
    public static int Iterations(int ciIterations) =>
        int.TryParse(Environment.GetEnvironmentVariable("VERBATIM_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int iterations) && iterations > 0
            ? iterations
            : ciIterations;

    /// <summary>Checks <paramref name="property"/> on <see cref="Iterations"/> inputs; returns how many were tried.</summary>
    public static int Check<T>(Gen<T> gen, int ciIterations, Action<T> property, Func<T, string> describe)
    {
        int iterations = Iterations(ciIterations);
        for (int i = 0; i < iterations; i++)
        {
            // One PCG stream per iteration: any failing input is regenerated from (seed, iteration) alone.
            var input = gen.Generate(new PCG((uint)i, Seed), null, out _);
            try
            {
                property(input);
            }
            catch (Exception failure)
            {
                throw new Xunit.Sdk.XunitException(
                    $"Iteration {i} of seed {Seed} failed on this input:\n{describe(input)}\n{failure}");
            }
        }
        return iterations;
    }
}
