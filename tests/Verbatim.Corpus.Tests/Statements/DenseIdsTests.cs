using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>The table linking numbers words, shingles and wordings with: ids in first-seen order, through growth and collisions of slots.</summary>
public class DenseIdsTests
{
    [Fact]
    public void Keys_get_ids_in_the_order_they_are_first_seen()
    {
        var ids = new DenseIds(1);

        ids.IdOf(900, out bool first).ShouldBe(0);
        ids.IdOf(7, out bool second).ShouldBe(1);
        ids.IdOf(900, out bool again).ShouldBe(0);

        (first, second, again).ShouldBe((true, true, false));
        ids.Count.ShouldBe(2);
    }

    [Fact]
    public void Ids_survive_the_table_growing_and_keys_that_share_a_slot()
    {
        // Multiples of a large power of two agree in every low bit, and zero is a key like any other.
        var keys = Enumerable.Range(0, 5000).Select(i => (ulong)i << 40).ToList();
        var ids = new DenseIds(4);

        keys.Select(key => ids.IdOf(key, out _)).ShouldBe(Enumerable.Range(0, keys.Count));
        keys.Select(key => ids.IdOf(key, out bool added) + (added ? 1_000_000 : 0)).ShouldBe(Enumerable.Range(0, keys.Count));
        ids.Count.ShouldBe(keys.Count);
    }
}
