using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>On invalid input the generator still emits every valid part, and nothing that fails to compile.</summary>
public sealed class RobustnessTests
{
    private static (Compilation Output, System.Collections.Immutable.ImmutableDictionary<string, string> Sources) Generate(params InMemoryAdditionalText[] files)
    {
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }");
        var result = GeneratorRun.Generate(files, compilation);
        result.Output.GetDiagnostics().ShouldBeEmpty();
        return result;
    }

    [Fact]
    public void Broken_files_give_the_valid_rest_and_compile_cleanly()
    {
        var (_, sources) = Generate(
            new InMemoryAdditionalText("/project/good.article.md", "---\ntitle: Good\n---\n{@someone#fine “Fine.”}\n"),
            new InMemoryAdditionalText("/project/unterminated.article.md", "---\ntitle: Broken\n---\n{@someone “never closed\n"),
            new InMemoryAdditionalText("/project/stray.article.md", "---\ntitle: [unclosed\n---\n} stray {@ x}\n"),
            new InMemoryAdditionalText("/project/empty.article.md", ""),
            new InMemoryAdditionalText("/project/binary.article.md", "\0\uFFFF\uD800---\n"),
            new InMemoryAdditionalText("/project/bad.speakers.yaml", "someone: [not, a, mapping\n"),
            new InMemoryAdditionalText("/project/good.speakers.yaml", "someone:\n  name: Some One\n"));

        ArticleSlices.Of(sources, "good").ShouldContain("public Quote Fine");
    }

    [Fact]
    public void Ids_that_name_members_of_object_still_compile()
    {
        Generate(
            new InMemoryAdditionalText("/project/speakers.speakers.yaml",
                "equals:\n  name: E\nto-string:\n  name: T\nget-hash-code:\n  name: G\nget-type:\n  name: GT\nreference-equals:\n  name: R\nmemberwise-clone:\n  name: M\nfinalize:\n  name: F\n"),
            new InMemoryAdditionalText("/project/equals.article.md",
                "---\ntitle: Equals\n---\n{@equals#equals “a”} {@to-string#get-type “b”} {@get-hash-code#article “c”} {@get-type#equals-article “d”} {@reference-equals#reference-equals “e”} {@memberwise-clone#memberwise-clone “f”} {@finalize#finalize “g”}\n"),
            new InMemoryAdditionalText("/project/reference-equals.article.md", "---\ntitle: R\n---\ntext\n"));
    }

    [Fact]
    public void Ids_that_name_generated_types_still_compile()
    {
        Generate(
            new InMemoryAdditionalText("/project/speakers.speakers.yaml", "verbatim-data:\n  name: V\narticle:\n  name: A\nquote:\n  name: Q\nspeaker:\n  name: S\narticle-view:\n  name: AV\narticle-details:\n  name: AD\n"),
            new InMemoryAdditionalText("/project/verbatim-data.article.md",
                "---\ntitle: V\n---\n{@verbatim-data#verbatim-data “a”} {@article#article “b”} {@quote#quote “c”} {@speaker#speaker “d”} {@quote#speakers-article “e”} {@article-view#article-view “f”} {@article-details#article-details “g”}\n"),
            new InMemoryAdditionalText("/project/article-view.article.md", "---\ntitle: AV\n---\n{@article-view#speaker-details “x”}\n"),
            new InMemoryAdditionalText("/project/article.article.md", "---\ntitle: A\n---\n{@article#quotes “x”}\n"),
            new InMemoryAdditionalText("/project/speakers.article.md", "---\ntitle: S\n---\ntext\n"),
            new InMemoryAdditionalText("/project/quote.article.md", "---\ntitle: Q\n---\ntext\n"));
    }

    [Fact]
    public void Article_member_names_that_differ_only_in_case_get_classes_of_their_own()
    {
        // "ab" is one word (Ab), "a-b" two (AB): distinct members and classes, whose names differ only in case.
        var (_, sources) = Generate(
            new InMemoryAdditionalText("/project/ab.article.md", "---\ntitle: One word\n---\ntext\n"),
            new InMemoryAdditionalText("/project/a-b.article.md", "---\ntitle: Two words\n---\ntext\n"));

        ArticleSlices.Of(sources, "a-b").ShouldContain("class ABArticle");
        ArticleSlices.Of(sources, "ab").ShouldContain("class AbArticle");
    }

    [Fact]
    public void Article_and_speaker_ids_that_differ_only_in_case_compile()
    {
        var (_, sources) = Generate(
            new InMemoryAdditionalText("/project/a.speakers.yaml", "same:\n  name: One\nSame-:\n  name: Two\n"),
            new InMemoryAdditionalText("/project/x.article.md", "---\nid: story\ntitle: One\n---\n{@same “a”}\n"),
            new InMemoryAdditionalText("/project/y.article.md", "---\nid: Story\ntitle: Two\n---\n{@same- “b”}\n"));

        // Of the two files with one id, only the first by path is generated.
        var slice = sources.Single(source => ArticleSlices.IsSlice(source.Key)).Value;
        slice.ShouldContain("//   story (x.article.md)");
        slice.ShouldNotContain("y.article.md");
    }

    [Fact]
    public void Ids_in_any_script_make_members()
    {
        var (_, sources) = Generate(
            new InMemoryAdditionalText("/project/s.speakers.yaml", "josé-martí:\n  name: José Martí\n"),
            new InMemoryAdditionalText("/project/a.article.md", "---\nid: 中文-статья\ntitle: Script\n---\n{@josé-martí#cita “Hola.”}\n"));

        var articleSource = ArticleSlices.Of(sources, "中文-статья");
        articleSource.ShouldContain("class 中文СтатьяArticle");
        articleSource.ShouldContain("public Quote Cita");
        sources["Verbatim.Speakers.00.g.cs"].ShouldContain("public static Speaker JoséMartí");
    }
}
