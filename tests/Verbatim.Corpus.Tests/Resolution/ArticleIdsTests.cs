using System.Collections.Generic;
using Verbatim.Corpus.Resolution;

namespace Verbatim.Corpus.Tests.Resolution;

public class ArticleIdsTests
{
    private static (List<(string Id, string Path)> Kept, List<((string Id, string Path) Duplicate, (string Id, string Path) First)> Duplicates) Keep(
        params (string Id, string Path)[] files) =>
        ArticleIds.KeepFirstOfEach(files, file => file.Id, file => file.Path);

    [Fact]
    public void Of_files_whose_ids_differ_only_in_case_the_first_by_path_keeps_the_id()
    {
        var (kept, duplicates) = Keep(("NYT-a", "b/x.article.md"), ("nyt-a", "a/y.article.md"), ("nyt-A", "c.article.md"));

        kept.ShouldBe(new[] { ("nyt-a", "a/y.article.md") });
        duplicates.ShouldBe(new[]
        {
            (("NYT-a", "b/x.article.md"), ("nyt-a", "a/y.article.md")),
            (("nyt-A", "c.article.md"), ("nyt-a", "a/y.article.md")),
        });
    }

    [Fact]
    public void The_winner_does_not_depend_on_the_order_given_or_on_the_path_separator()
    {
        var forward = Keep(("x", @"corpus\b.article.md"), ("X", "corpus/a.article.md"));
        var backward = Keep(("X", "corpus/a.article.md"), ("x", @"corpus\b.article.md"));

        forward.Kept.ShouldBe(new[] { ("X", "corpus/a.article.md") });
        backward.Kept.ShouldBe(forward.Kept);
    }

    [Fact]
    public void The_kept_files_are_ordered_by_id_ordinal()
    {
        var (kept, duplicates) = Keep(("b", "1.article.md"), ("a", "2.article.md"), ("B2", "3.article.md"));

        kept.Select(file => file.Id).ShouldBe(new[] { "B2", "a", "b" });
        duplicates.ShouldBeEmpty();
    }
}
