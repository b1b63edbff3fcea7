using System.Linq;
using SampleCorpus.Report;

namespace Verbatim.Sample.Tests;

/// <summary>The word diff that marks how outlets' versions of one statement differ.</summary>
public class WordDiffTests
{
    [Theory]
    [InlineData("a low level of trust", "a low level of trust", "a low level of trust")]
    [InlineData("between our two countries", "between our countries,", "between our [-two-] countries,")]
    [InlineData("foremost nuclear powers cannot", "foremost nuclear owners cannot", "foremost nuclear [-powers-] {+owners+} cannot")]
    [InlineData("The world’s two", "The world's two", "The world's two")]
    [InlineData("", "new words", "{+new words+}")]
    [InlineData("old words", "", "[-old words-]")]
    public void Marks_words_left_out_and_added(string before, string after, string expected)
    {
        DiffStyle.Markers.Render(WordDiff.Compare(before, after)).ShouldBe(expected);
    }

    [Fact]
    public void A_rewritten_opening_is_one_change_before_the_words_both_print()
    {
        var segments = WordDiff.Compare(
            "There is a low level of trust between our two countries",
            "The current state of relations is at a low point. There’s a low level of trust between our two countries");

        DiffStyle.Markers.Render(segments).ShouldBe(
            "[-There is-] {+The current state of relations is at a low point. There’s+} a low level of trust between our two countries");
    }

    [Fact]
    public void A_stray_matching_word_inside_a_rewrite_joins_the_rewrite()
    {
        var segments = DiffCleanup.MergeStrayMatches(new DiffSegment[]
        {
            new(DiffOperation.Same, "We said"),
            new(DiffOperation.Removed, "nothing of the kind"),
            new(DiffOperation.Added, "very little about it"),
            new(DiffOperation.Same, "then"),
            new(DiffOperation.Removed, "and never will"),
            new(DiffOperation.Added, "or since, to anyone"),
        });

        DiffStyle.Markers.Render(segments).ShouldBe(
            "We said [-nothing of the kind then and never will-] {+very little about it then or since, to anyone+}");
    }

    [Fact]
    public void Every_word_of_both_versions_is_kept_in_order()
    {
        const string before = "It can be said that the level of trust at the working level has degraded";
        const string after = "You can say that the level of trust on a working level has not improved but most likely worsened";

        var segments = WordDiff.Compare(before, after);

        string.Join(" ", segments.Where(s => s.Operation != DiffOperation.Added).Select(s => s.Text)).ShouldBe(before);
        string.Join(" ", segments.Where(s => s.Operation != DiffOperation.Removed).Select(s => s.Text)).ShouldBe(after);
    }
}
