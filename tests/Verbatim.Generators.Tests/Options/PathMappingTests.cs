using Verbatim.Generators.Options;

namespace Verbatim.Generators.Tests.Options;

/// <summary>The PathMap reading the compiler's <c>/pathmap</c> rules (see <see cref="PathMapping"/>).</summary>
public sealed class PathMappingTests
{
    [Theory]
    [InlineData("/src/repo/=/_/", "/src/repo/a.article.md", "/_/a.article.md")]
    [InlineData("/src/repo=/_", "/src/repo/a/b.article.md", "/_/a/b.article.md")]
    [InlineData("/src/repo=/_/", "/src/repository/a.article.md", "/src/repository/a.article.md")]
    [InlineData("/src/=/first/,/src/repo/=/second/", "/src/repo/a.article.md", "/first/repo/a.article.md")]
    [InlineData(@"C:\repo\=/_/", "C:/repo/x/a.article.md", "/_/x/a.article.md")]
    [InlineData(@"C:\repo=D:\mapped", "C:/repo/x/a.article.md", @"D:\mapped\x\a.article.md")]
    [InlineData("/a==b/=/eq/,/c,,d/=/comma/", "/c,d/a.article.md", "/comma/a.article.md")]
    [InlineData("/a==b/=/eq/", "/a=b/a.article.md", "/eq/a.article.md")]
    [InlineData("", "/src/repo/a.article.md", "/src/repo/a.article.md")]
    [InlineData("/src/repo/", "/src/repo/a.article.md", "/src/repo/a.article.md")]
    public void A_path_is_mapped_by_the_first_key_that_prefixes_it(string pathMap, string path, string expected)
    {
        PathMapping.Parse(pathMap).Map(path).ShouldBe(expected);
    }

    [Fact]
    public void Equal_path_maps_are_equal_values()
    {
        PathMapping.Parse("/a/=/_/,/b/=/x/").ShouldBe(PathMapping.Parse("/a/=/_/,/b/=/x/"));
        PathMapping.Parse(null).ShouldBe(PathMapping.None);
    }
}
