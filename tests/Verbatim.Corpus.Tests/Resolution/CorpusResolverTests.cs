using System.Collections.Generic;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Naming;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;
using Verbatim.Corpus.Resolution;

namespace Verbatim.Corpus.Tests.Resolution;

public class CorpusResolverTests
{
    private const string Registry = """
        tillerson: { name: Rex W. Tillerson, aliases: [Rex Tillerson] }
        putin: { name: Vladimir V. Putin }
        """;

    internal static ResolvedCorpus Resolve(params (string Path, string Text)[] files) => CorpusResolver.Resolve(Registries(files), Articles(files));

    internal static IEnumerable<RegistryParseResult> Registries((string Path, string Text)[] files) =>
        files.Where(f => f.Path.EndsWith(RegistryParser.FileSuffix)).Select(f => RegistryParser.Parse(f.Path, f.Text));

    internal static IEnumerable<ArticleParseResult> Articles((string Path, string Text)[] files) =>
        files.Where(f => f.Path.EndsWith(ArticleParser.FileSuffix)).Select(f => ArticleParser.Parse(f.Path, f.Text));

    internal static string Article(string body, string frontMatter = "title: T") => $"---\n{frontMatter}\n---\n{body}";

    [Fact]
    public void An_undefined_speaker_is_VQ0001_at_its_id_and_suggests_the_closest()
    {
        var corpus = Resolve(("s.speakers.yaml", Registry), ("a.article.md", Article("{@putin x} {@tilerson y}")));

        var error = corpus.Diagnostics.Single(d => d.Id == DiagnosticIds.UndefinedSpeaker);
        error.Message.ShouldBe("Speaker 'tilerson' is not defined; did you mean 'tillerson'?");
        error.Path.ShouldBe("a.article.md");
        error.Span.ShouldBe(new SourceSpan(30, 8, 3, 13, 3, 21));
        error.Suggestions.ShouldBe(new[] { "tillerson" });
    }

    [Fact]
    public void An_undefined_speaker_found_by_alias_is_suggested() =>
        Resolve(("s.speakers.yaml", Registry), ("a.article.md", Article("{@rex-tillerson x}")))
            .Diagnostics.Single(d => d.Id == DiagnosticIds.UndefinedSpeaker).Suggestions.ShouldBe(new[] { "tillerson" });

    [Fact]
    public void Without_a_close_id_the_message_names_the_registries() =>
        Resolve(("b.speakers.yaml", "a: { name: A }"), ("s.speakers.yaml", Registry), ("a.article.md", Article("{@a,merkel x} {@tillerson,putin y}")))
            .Diagnostics.Single(d => d.Id == DiagnosticIds.UndefinedSpeaker).Message
            .ShouldBe("Speaker 'merkel' is not defined; add it to 'b.speakers.yaml', 's.speakers.yaml' or to the front matter's 'speakers'.");

    [Fact]
    public void Without_registries_the_message_says_so() =>
        Resolve(("a.article.md", Article("{@merkel x}")))
            .Diagnostics.Single().Message
            .ShouldBe("Speaker 'merkel' is not defined and the corpus has no speaker registry; add a '*.speakers.yaml' file or a 'speakers' entry to the front matter.");

    [Fact]
    public void Article_local_speakers_join_the_corpus_wide_set()
    {
        var corpus = Resolve(
            ("a.article.md", Article("{@peskov x}", "title: A\nspeakers:\n  peskov: { name: Dmitri S. Peskov }")),
            ("b.article.md", Article("{@peskov y}")));

        corpus.Diagnostics.ShouldBeEmpty();
        corpus.Speakers.Speakers.Single().Path.ShouldBe("a.article.md");
    }

    [Fact]
    public void A_second_article_with_the_same_id_is_VQ0004_and_left_out()
    {
        var corpus = Resolve(("b/x.article.md", Article("two")), ("a/X.article.md", Article("one", "id: x\ntitle: T")));

        corpus.Articles.Select(a => a.Path).ShouldBe(new[] { "a/X.article.md" });
        var duplicate = corpus.Diagnostics.Single();
        duplicate.Id.ShouldBe(DiagnosticIds.DuplicateId);
        duplicate.Path.ShouldBe("b/x.article.md");
        duplicate.Message.ShouldBe("Article id 'x' is already used by 'a/X.article.md'; give this article another id.");
    }

    [Fact]
    public void Articles_are_ordered_by_id_and_named()
    {
        var corpus = Resolve(("z.article.md", Article("", "id: nyt-b\ntitle: B")), ("y.article.md", Article("", "id: nyt-a\ntitle: A")));

        corpus.Articles.Select(a => a.Id).ShouldBe(new[] { "nyt-a", "nyt-b" });
        ClassMembers.OfArticles(corpus.Articles.Select(a => a.Id)).Select(n => n.Name).ShouldBe(new[] { "NytA", "NytB" });
    }

    [Fact]
    public void A_renamed_article_is_VQ0005_at_its_id()
    {
        var corpus = Resolve(("all.article.md", Article("")), ("b.article.md", Article("", "id: n-y\ntitle: T")), ("c.article.md", Article("", "id: n.y\ntitle: T")));

        ClassMembers.OfArticles(corpus.Articles.Select(a => a.Id)).Select(n => n.Name).ShouldBe(new[] { "All2", "NY", "NY2" });
        corpus.Diagnostics.Select(d => (d.Id, d.Path, d.Span.StartLine, d.Message)).ShouldBe(new[]
        {
            (DiagnosticIds.RenamedMember, "all.article.md", 0, "The article 'all' is generated as 'All2' because 'All' is already taken; change the id so its name is free."),
            (DiagnosticIds.RenamedMember, "c.article.md", 1, "The article 'n.y' is generated as 'NY2' because 'NY' is already taken; change the id so its name is free."),
        });
    }

    [Fact]
    public void A_renamed_speaker_is_VQ0005_at_its_id()
    {
        var corpus = Resolve(("s.speakers.yaml", "all: { name: A }\nspeakers: { name: S }"), ("a.article.md", Article("{@all,speakers x}")));

        ClassMembers.OfSpeakers(corpus.Speakers.Speakers.Select(s => s.Id)).Select(n => n.Name).ShouldBe(new[] { "All2", "Speakers2" });
        corpus.Diagnostics.Select(d => (d.Id, d.Span.StartLine)).ShouldBe(new[] { (DiagnosticIds.RenamedMember, 0), (DiagnosticIds.RenamedMember, 1) });
    }

    [Fact]
    public void A_quote_id_that_takes_a_member_of_its_article_class_is_VQ0005_at_the_quote_id()
    {
        var corpus = Resolve(("s.speakers.yaml", Registry), ("nyt.article.md", Article("{@putin#title x} {@putin#nyt-article y} {@putin#fine z}")));

        corpus.Diagnostics.Where(d => d.Id != DiagnosticIds.UnquotedSpeaker).Select(d => (d.Id, d.Span.Start, d.Message)).ShouldBe(new[]
        {
            (DiagnosticIds.RenamedMember, 25, "The quote 'title' is generated as 'Title2' because 'Title' is already taken; change the id so its name is free."),
            (DiagnosticIds.RenamedMember, 42, "The quote 'nyt-article' is generated as 'NytArticle2' because 'NytArticle' is already taken; change the id so its name is free."),
        });
    }

    [Fact]
    public void A_speaker_never_quoted_is_VQ0006_at_its_id()
    {
        var corpus = Resolve(("s.speakers.yaml", Registry), ("a.article.md", Article("{@TILLERSON x}")));

        var info = corpus.Diagnostics.Single();
        info.Id.ShouldBe(DiagnosticIds.UnquotedSpeaker);
        info.Span.ShouldBe(new SourceSpan(64, 5, 1, 0, 1, 5));
        info.Message.ShouldBe("Speaker 'putin' is never quoted; quote them or remove the definition.");
    }

    [Fact]
    public void A_speaker_quoted_only_by_an_article_that_lost_its_id_is_VQ0006_and_one_it_misspells_is_VQ0001()
    {
        var corpus = Resolve(
            ("s.speakers.yaml", Registry),
            ("a.article.md", Article("{@tillerson x}", "id: x\ntitle: T")),
            ("b.article.md", Article("{@putin y} {@putn z}", "id: X\ntitle: T")));

        corpus.Diagnostics.Select(d => (d.Id, d.Path)).ShouldBe(new[]
        {
            (DiagnosticIds.DuplicateId, "b.article.md"),
            (DiagnosticIds.UndefinedSpeaker, "b.article.md"),
            (DiagnosticIds.UnquotedSpeaker, "s.speakers.yaml"),
        });
        corpus.Diagnostics.Last().Message.ShouldBe("Speaker 'putin' is never quoted; quote them or remove the definition.");
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_inputs()
    {
        var files = new[]
        {
            ("s.speakers.yaml", Registry),
            ("t.speakers.yaml", "putin: { name: Putin }\nlavrov: { name: L }"),
            ("a\\one.article.md", Article("{@putn x} }")),
            ("a/two.article.md", Article("{@tillerson#q y} {@lavrov#q z}", "id: one\ntitle: T")),
            ("b.article.md", Article("{@nobody", "id: all\ntitle: T")),
        };
        var expected = Resolve(files);

        Resolve(files.Reverse().ToArray()).ShouldBe(expected);
        Resolve(files.Skip(2).Concat(files.Take(2)).ToArray()).ShouldBe(expected);
        expected.Diagnostics.Select(d => d.Path).ShouldBe(expected.Diagnostics.Select(d => d.Path).OrderBy(p => p.Replace('\\', '/'), StringComparer.Ordinal));
    }
}
