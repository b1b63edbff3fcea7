using Verbatim.Generators.Model;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>How many files the articles go out in: 32 articles or fewer a slice on average, then at most 512 files.</summary>
public sealed class ArticleSliceCountTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(32, 1)]
    [InlineData(33, 2)]
    [InlineData(10_000, 512)]
    [InlineData(16_384, 512)]
    // Past 16,384 articles the slices grow instead: every file's hint name is compared with every
    // earlier one on each run, so more files would cost every edit more than smaller slices save.
    [InlineData(16_385, 512)]
    [InlineData(100_000, 512)]
    public void The_slice_count_is_the_smallest_power_of_two_that_keeps_32_articles_a_slice_up_to_512(int articles, int slices) =>
        ArticleSlice.CountFor(articles).ShouldBe(slices);
}
