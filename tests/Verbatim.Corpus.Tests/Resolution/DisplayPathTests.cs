using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Resolution;
using static Verbatim.Corpus.Tests.Resolution.CorpusResolverTests;

namespace Verbatim.Corpus.Tests.Resolution;

/// <summary>A message that names another corpus file names it the caller's way; the diagnostic stays at its own path as given.</summary>
public class DisplayPathTests
{
    private const string Project = "/home/me/src/App/";

    [Fact]
    public void An_undefined_speaker_names_the_registries_the_callers_way()
    {
        var error = ResolveShown(
            (Project + "corpus.speakers.yaml", "putin: { name: P }"),
            ("/shared/people.speakers.yaml", "tillerson: { name: T }"),
            (Project + "articles/a.article.md", Article("{@putin x} {@tillerson y} {@merkel z}")))
            .Diagnostics.Single(d => d.Id == DiagnosticIds.UndefinedSpeaker);

        error.Message.ShouldBe("Speaker 'merkel' is not defined; add it to 'corpus.speakers.yaml', '/shared/people.speakers.yaml' or to the front matter's 'speakers'.");
        error.Path.ShouldBe(Project + "articles/a.article.md");
    }

    [Fact]
    public void A_duplicate_article_id_names_the_first_article_the_callers_way()
    {
        var duplicate = ResolveShown(
            (Project + "articles/b.article.md", Article("two", "id: x\ntitle: T")),
            (Project + "articles/a.article.md", Article("one", "id: x\ntitle: T")))
            .Diagnostics.Single();

        duplicate.Message.ShouldBe("Article id 'x' is already used by 'articles/a.article.md'; give this article another id.");
        duplicate.Path.ShouldBe(Project + "articles/b.article.md");
    }

    [Fact]
    public void A_conflicting_speaker_names_the_earlier_file_the_callers_way()
    {
        var conflict = ResolveShown(
            (Project + "b.speakers.yaml", "putin: { name: Putin }"),
            (Project + "a.speakers.yaml", "putin: { name: Vladimir V. Putin }"),
            (Project + "a.article.md", Article("{@putin x}")))
            .Diagnostics.Single();

        conflict.Message.ShouldBe("Speaker 'putin' is already defined differently in 'a.speakers.yaml'; make the definitions identical or use another id.");
        conflict.Path.ShouldBe(Project + "b.speakers.yaml");
    }

    [Fact]
    public void The_registries_keep_path_order_whatever_they_are_shown_as() =>
        ResolveShown(
            (Project + "b.speakers.yaml", "a: { name: A }"),
            ("/a/people.speakers.yaml", "b: { name: B }"),
            (Project + "a.article.md", Article("{@a,b,merkel x}")))
            .Diagnostics.Single().Message
            .ShouldBe("Speaker 'merkel' is not defined; add it to '/a/people.speakers.yaml', 'b.speakers.yaml' or to the front matter's 'speakers'.");

    private static ResolvedCorpus ResolveShown(params (string Path, string Text)[] files) =>
        CorpusResolver.Resolve(
            Registries(files),
            Articles(files),
            path => path.StartsWith(Project, StringComparison.Ordinal) ? path.Substring(Project.Length) : path);
}
