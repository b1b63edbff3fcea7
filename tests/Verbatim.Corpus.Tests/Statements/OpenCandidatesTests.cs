using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>
/// The search stops scanning a group's shingles once no candidate is open: the candidates that
/// reach the count must be the very ones a scan of every shingle finds (docs/statements.md, "How it is computed").
/// </summary>
public class OpenCandidatesTests
{
    [Fact]
    public void Stopping_when_none_is_open_keeps_which_candidates_reach_the_count()
    {
        var random = new Random(20261202);
        var open = new OpenCandidates();
        for (int trial = 0; trial < 2000; trial++)
        {
            int rare = random.Next(1, 30), needed = random.Next(1, rare + 1), probe = rare - needed + 1;
            var holds = Enumerable.Range(0, random.Next(1, 20))
                .Select(_ => Enumerable.Range(0, rare).Select(_ => random.Next(3) == 0).ToArray())
                .ToArray();

            Reaching(holds, rare, probe, needed, null).ShouldBe(Reaching(holds, rare, probe, needed, open), $"trial {trial}");
        }
    }

    // The candidates (found by a probed shingle) that share at least needed shingles, scanning every shingle or stopping as the search does.
    private static int[] Reaching(bool[][] holds, int rare, int probe, int needed, OpenCandidates? open)
    {
        var shared = new int[holds.Length];
        open?.Start(needed);
        for (int s = 0; s < rare; s++)
        {
            for (int c = 0; c < holds.Length; c++)
            {
                if (!holds[c][s])
                {
                    continue;
                }
                if (shared[c] > 0)
                {
                    open?.Counted(shared[c], rare - s);
                    shared[c]++;
                }
                else if (s < probe)
                {
                    shared[c] = 1;
                    open?.Found();
                }
            }
            if (open is not null && s >= probe - 1 && open.NoneLeftAfter(rare - s))
            {
                break;
            }
        }
        return Enumerable.Range(0, holds.Length).Where(c => shared[c] >= needed).ToArray();
    }
}
