using System.Linq;
using Verbatim.Generators.Emitting;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// docs/generated-api.md, "Loading": the switch that finds a slice's table is one method up to 64
/// slices and is split past that (the JIT stops inlining into a method with too many locals), every
/// slice reached exactly once. Written directly: a corpus of more than 64 slices needs 2,049 articles.
/// </summary>
public sealed class SliceSwitchTests
{
    private static string Switch(int slices, bool optimize)
    {
        var options = new EmitOptions(new CorpusOptions("Consumer.Corpus", false, null, PathMapping.None),
            IsSupported: true, UseUtf8Literals: true, HasDateOnly: true, OptimizeLoader: optimize, UseLineSpans: true);
        var writer = new IndentedWriter(1024);
        SliceSwitch.Write(writer, options, "BodyTable", slices, slice => slice % 10 == 9 ? null : "BodyTable" + slice);
        return writer.ToString();
    }

    private static int Count(string text, string line) => text.Split('\n').Count(written => written.Trim() == line);

    [Fact]
    public void Up_to_64_slices_one_optimized_method_holds_every_case()
    {
        string code = Switch(64, optimize: true);

        Count(code, "switch (slice)").ShouldBe(1);
        code.ShouldNotContain("Part");
        Count(code, "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]").ShouldBe(1);
        Count(code, "case 63: return BodyTable63();").ShouldBe(1);
        Count(code, "case 9: return BodyTable9();").ShouldBe(0);
    }

    [Fact]
    public void Past_64_slices_each_part_holds_64_and_every_slice_is_reached_once()
    {
        string code = Switch(130, optimize: true);

        Count(code, "switch (slice / 64)").ShouldBe(1);
        for (int part = 0; part < 3; part++)
        {
            Count(code, $"case {part}: return BodyTablePart{part}(slice);").ShouldBe(1);
            Count(code, $"private static global::System.ReadOnlySpan<byte> BodyTablePart{part}(int slice)").ShouldBe(1);
        }
        code.ShouldNotContain("BodyTablePart3");
        for (int slice = 0; slice < 130; slice++)
        {
            Count(code, $"case {slice}: return BodyTable{slice}();").ShouldBe(slice % 10 == 9 ? 0 : 1);
        }
        // The parts are compiled optimized (they take the tables in); the method that picks a part is not.
        Count(code, "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]").ShouldBe(3);
    }

    [Fact]
    public void Where_the_target_has_no_AggressiveOptimization_nothing_is_marked()
    {
        Switch(130, optimize: false).ShouldNotContain("AggressiveOptimization");
    }
}
