using Verbatim.Corpus.Statements;

namespace Verbatim.Corpus.Tests.Statements;

/// <summary>The votes take a wording aligned with itself as matched word for word, without aligning it: the alignment must agree.</summary>
public class AlignmentIdentityTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 3 }, null)]
    [InlineData(new[] { 4, 4, 4, 4, 4 }, null)]
    [InlineData(new[] { 1, 2, 1, 2, 1, 2, 7 }, null)]
    [InlineData(new[] { 5, 6, 7, 8, 9, 10 }, new[] { 2, 4 })]
    public void A_wording_aligned_with_itself_is_the_identity(int[] words, int[]? gapsBefore)
    {
        bool[]? gaps = gapsBefore is null ? null : Enumerable.Range(0, words.Length).Select(gapsBefore.Contains).ToArray();

        var aligned = WordAlignment.Align(words, words, 0, words.Length, gaps, gaps);
        var identity = Alignment.Identity(words.Length);

        (aligned.AStart, aligned.AEnd, aligned.BStart, aligned.BEnd, aligned.Matches)
            .ShouldBe((identity.AStart, identity.AEnd, identity.BStart, identity.BEnd, identity.Matches));
        aligned.Pairs.ShouldBe(identity.Pairs);
    }
}
