using System.Collections.Generic;

namespace Verbatim.Benchmarks;

/// <summary>The corpus sizes every benchmark runs at; <c>--quick</c> drops the largest.</summary>
public static class BenchmarkSizes
{
    public static readonly int[] Full = { 100, 1_000, 10_000 };

    public static readonly int[] Quick = { 100, 1_000 };

    public static IEnumerable<int> Current { get; set; } = Full;
}
