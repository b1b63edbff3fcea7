using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Parsing;

/// <summary>YAML features that could blow up size or time are refused, and sizes are bounded.</summary>
public class YamlSafetyTests
{
    [Fact]
    public void An_alias_bomb_is_refused_at_the_first_anchor()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";

        var result = RegistryParser.Parse("s.speakers.yaml", bomb);

        result.Speakers.ShouldBeEmpty();
        Diagnosed.Lines(result.Diagnostics).ShouldBe(new[]
        {
            "(1,4)-(1,7) VQ0003: YAML anchors and aliases are not supported; write the value out in full.",
        });
    }

    [Fact]
    public void An_alias_alone_is_refused() =>
        ArticleParser.Parse("a.article.md", "---\ntitle: *t\n---\n").Diagnostics.Single().Message
            .ShouldBe("YAML anchors and aliases are not supported; write the value out in full.");

    [Fact]
    public void Tags_are_refused() =>
        Diagnosed.Lines(ArticleParser.Parse("a.article.md", "---\ntitle: !!binary aGVsbG8=\n---\n").Diagnostics).ShouldBe(new[]
        {
            "(2,8)-(2,25) VQ0003: YAML tags are not supported; remove the tag.",
        });

    [Fact]
    public void YAML_larger_than_the_limit_is_refused_without_reading_it()
    {
        var huge = "a: { name: '" + new string('x', CorpusLimits.MaxYamlCharacters) + "' }";

        var result = RegistryParser.Parse("s.speakers.yaml", huge);

        result.Speakers.ShouldBeEmpty();
        result.Diagnostics.Single().Message.ShouldBe(
            $"This YAML holds {huge.Length} characters, more than the limit of 1048576; split it into smaller files.");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var deep = "title: T\nx: " + new string('[', 100_000) + new string(']', 100_000);

        var result = ArticleParser.Parse("a.article.md", $"---\n{deep}\n---\n");

        var error = result.Diagnostics.Single();
        error.Id.ShouldBe(DiagnosticIds.InvalidYaml);
        error.Message.ShouldBe("The YAML is nested more than 32 levels deep; flatten it.");
        error.Span.StartColumn.ShouldBe(3 + CorpusLimits.MaxYamlDepth - 1);
    }
}
