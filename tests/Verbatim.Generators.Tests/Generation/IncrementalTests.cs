using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>Edits regenerate only what they change: the pipeline caches per article and per table.</summary>
public sealed class IncrementalTests
{
    private static readonly IncrementalStepRunReason[] Reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    private static InMemoryAdditionalText Nyt => (InMemoryAdditionalText)TestCorpus.Files.Single(file => file.Path.EndsWith("nyt-tillerson-putin.article.md", StringComparison.Ordinal));

    private static InMemoryAdditionalText RegistryFile => (InMemoryAdditionalText)TestCorpus.Files.Single(file => file.Path.EndsWith(".speakers.yaml", StringComparison.Ordinal));

    private static Func<GeneratorDriver, GeneratorDriver> Replace(InMemoryAdditionalText file, string newText) =>
        driver => driver.ReplaceAdditionalText(file, new InMemoryAdditionalText(file.Path, newText));

    [Fact]
    public void A_first_run_generates_one_file_per_slice_of_articles_and_the_shared_files()
    {
        var run = IncrementalRun.Of(TestCorpus.Files);

        run.First.GeneratedSources.Select(source => source.HintName).Order(StringComparer.Ordinal).ShouldBe(new[]
        {
            "Verbatim.Articles.0000.g.cs",
            "Verbatim.Articles.g.cs",
            "Verbatim.Model.g.cs",
            "Verbatim.Quotes.00.g.cs",
            "Verbatim.Speakers.00.g.cs",
            "Verbatim.Speakers.g.cs",
            "Verbatim.StatementTypes.g.cs",
            "Verbatim.Statements.00.g.cs",
            "Verbatim.Statements.g.cs",
        });
    }

    [Fact]
    public void Editing_the_words_of_one_article_regenerates_its_slice_the_quote_table_and_the_statement_slice_of_that_quote_only()
    {
        string edited = Nyt.Text.Replace("low level of trust", "very low level of trust", StringComparison.Ordinal);
        var run = IncrementalRun.Of(TestCorpus.Files, Replace(Nyt, edited));

        // The quote is in a statement (another article shares its id and speaker): its text changed.
        run.RegeneratedSources().ShouldBe(new[] { "Verbatim.Articles.0000.g.cs", "Verbatim.Quotes.00.g.cs", "Verbatim.Statements.00.g.cs" });
        run.Reasons(TrackingNames.ArticleSlices).Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        run.Reasons(TrackingNames.QuoteSignatures).Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        run.Reasons(TrackingNames.QuoteSignatures).ShouldAllBe(reason => reason == IncrementalStepRunReason.Modified || Reused.Contains(reason));
        run.Reasons(TrackingNames.ArticleRows).ShouldAllBe(reason => Reused.Contains(reason));
        run.Reasons(TrackingNames.SpeakerUses).ShouldAllBe(reason => Reused.Contains(reason));
        run.Reasons(TrackingNames.SpeakerSet).ShouldAllBe(reason => Reused.Contains(reason));
        run.Reasons(TrackingNames.ArticleIndex).ShouldAllBe(reason => Reused.Contains(reason));
    }

    [Fact]
    public void In_a_large_corpus_editing_the_words_of_one_article_regenerates_its_slice_and_one_slice_of_the_quote_table()
    {
        var files = LargeCorpus(300);
        var edited = files[42];
        var run = IncrementalRun.Of(files, Replace(edited, edited.Text.Replace("Words", "Other words", StringComparison.Ordinal)));

        run.First.GeneratedSources.Count(source => source.HintName.StartsWith("Verbatim.Quotes.", StringComparison.Ordinal)).ShouldBe(5);
        run.First.GeneratedSources.Count(source => ArticleSlices.IsSlice(source.HintName)).ShouldBe(16);
        var regenerated = run.RegeneratedSources().ToList();
        regenerated.Count.ShouldBe(2);
        regenerated.ShouldContain(ArticleSlices.Holding(run.First, "a042"));
        regenerated.ShouldContain(name => name.StartsWith("Verbatim.Quotes.", StringComparison.Ordinal));
        // Only the edited article's slice is modified: every other slice is the cached one.
        run.Reasons(TrackingNames.ArticleSlices).Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        run.Reasons(TrackingNames.ArticleSlices).ShouldAllBe(reason => reason == IncrementalStepRunReason.Modified || Reused.Contains(reason));
        // The statements' signatures are taken a slice at a time: the edited slice's alone are made again.
        run.Reasons(TrackingNames.QuoteSignatures).Count().ShouldBe(16);
        run.Reasons(TrackingNames.QuoteSignatures).Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        run.Reasons(TrackingNames.QuoteSignatures).ShouldAllBe(reason => reason == IncrementalStepRunReason.Modified || Reused.Contains(reason));
    }

    [Fact]
    public void In_a_large_corpus_an_edit_takes_the_ids_speakers_and_table_rows_of_the_edited_slice_only()
    {
        var files = LargeCorpus(300);
        var edited = files[42];
        var run = IncrementalRun.Of(files, Replace(edited, edited.Text.Replace("Words", "Other words", StringComparison.Ordinal)));

        // Each of these steps has one output per slice (16 of them), not per article: the edited slice's
        // runs again and compares equal (or, for its quotes, changed), every other one is the cached one.
        foreach (string step in new[] { TrackingNames.ArticleKeys, TrackingNames.ArticleSpeakers, TrackingNames.ArticleRows, TrackingNames.SpeakerUses })
        {
            run.Reasons(step).Count().ShouldBe(16, step);
            run.Reasons(step).Count(reason => reason == IncrementalStepRunReason.Unchanged).ShouldBe(1, step);
            run.Reasons(step).Count(reason => reason == IncrementalStepRunReason.Cached).ShouldBe(15, step);
        }
        run.Reasons(TrackingNames.ArticleQuotes).Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        run.Reasons(TrackingNames.ArticleQuotes).Count(reason => reason == IncrementalStepRunReason.Cached).ShouldBe(15);
        // The cut of the parsed files reruns over the corpus (one pass) and finds the edited slice alone changed.
        run.Reasons(TrackingNames.ParsedArticles).Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        run.Reasons(TrackingNames.ParsedArticles).Count(reason => reason == IncrementalStepRunReason.Unchanged).ShouldBe(15);
        run.Reasons(TrackingNames.ParsedArticleSlices).Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        run.Reasons(TrackingNames.ParsedArticleSlices).ShouldAllBe(reason => reason == IncrementalStepRunReason.Modified || Reused.Contains(reason));
        run.Reasons(TrackingNames.ArticleIndex).ShouldAllBe(reason => Reused.Contains(reason));
        run.Reasons(TrackingNames.SpeakerSet).ShouldAllBe(reason => Reused.Contains(reason));
    }

    [Fact]
    public void Slices_follow_the_generated_articles_when_a_duplicate_id_puts_the_files_past_a_slice_count()
    {
        // 33 files are cut in two, but one of them loses its id to another file: the 32 generated
        // articles go out in one slice, exactly as without the losing file.
        var files = LargeCorpus(32);
        var duplicate = new InMemoryAdditionalText("/project/z-copy.article.md", "---\nid: a007\ntitle: Copy\n---\n{@someone “Copied.”}\n");
        var withDuplicate = IncrementalRun.Of(files.Append(duplicate));
        var without = IncrementalRun.Of(files);

        withDuplicate.First.GeneratedSources.Count(source => ArticleSlices.IsSlice(source.HintName)).ShouldBe(1);
        withDuplicate.First.GeneratedSources.Select(source => (source.HintName, Text: source.SourceText.ToString()))
            .ShouldBe(without.First.GeneratedSources.Select(source => (source.HintName, Text: source.SourceText.ToString())));
    }

    [Fact]
    public void Slices_follow_the_generated_articles_through_an_edit_when_a_duplicate_id_puts_the_files_past_a_slice_count()
    {
        var files = LargeCorpus(32);
        files.Add(new InMemoryAdditionalText("/project/z-copy.article.md", "---\nid: a007\ntitle: Copy\n---\n{@someone “Copied.”}\n"));
        var edited = files[7];
        var run = IncrementalRun.Of(files, Replace(edited, edited.Text.Replace("Words", "Other words", StringComparison.Ordinal)));

        run.RegeneratedSources().ShouldBe(new[] { "Verbatim.Articles.0000.g.cs", "Verbatim.Quotes.00.g.cs" });
        run.Reasons(TrackingNames.ParsedArticles).Count().ShouldBe(2);
        run.Reasons(TrackingNames.ParsedArticleSlices).ShouldBe(new[] { IncrementalStepRunReason.Modified });
        ArticleSlices.Of(run.Second.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString()), "a007")
            .ShouldContain("Other words 7.");
    }

    /// <summary><paramref name="count"/> articles, each quoting one speaker of a registry, ids <c>a000</c>, <c>a001</c>, ….</summary>
    private static List<InMemoryAdditionalText> LargeCorpus(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new InMemoryAdditionalText($"/project/a{i:D3}.article.md", $"---\ntitle: Article {i}\n---\n{{@someone “Words {i}.”}}\n"))
            .Append(new InMemoryAdditionalText("/project/s.speakers.yaml", "someone:\n  name: Some One\n"))
            .ToList();

    [Fact]
    public void In_a_large_corpus_quoting_a_speaker_once_more_regenerates_one_slice_of_the_speakers()
    {
        string registry = string.Concat(Enumerable.Range(0, 300).Select(i => $"s{i:D3}:\n  name: Speaker {i}\n"));
        var article = new InMemoryAdditionalText("/project/a.article.md", "---\ntitle: A\n---\n{@s042 “One.”}\n");
        var files = new[] { new InMemoryAdditionalText("/project/s.speakers.yaml", registry), article };
        var run = IncrementalRun.Of(files, Replace(article, article.Text + "{@s042 “Two.”}\n"));

        run.First.GeneratedSources.Count(source => source.HintName.StartsWith("Verbatim.Speakers.", StringComparison.Ordinal)).ShouldBe(6);
        var regenerated = run.RegeneratedSources().ToList();
        regenerated.Count.ShouldBe(3);
        regenerated.ShouldContain("Verbatim.Articles.0000.g.cs");
        regenerated.ShouldContain("Verbatim.Quotes.00.g.cs");
        regenerated.ShouldContain(name => name.StartsWith("Verbatim.Speakers.", StringComparison.Ordinal) && name != "Verbatim.Speakers.g.cs");
    }

    [Fact]
    public void Editing_a_title_regenerates_its_slice_and_the_article_table_only()
    {
        string edited = Nyt.Text.Replace("title: Tillerson and Putin Meet", "title: Tillerson and Putin Talk", StringComparison.Ordinal);
        var run = IncrementalRun.Of(TestCorpus.Files, Replace(Nyt, edited));

        run.RegeneratedSources().ShouldBe(new[] { "Verbatim.Articles.0000.g.cs", "Verbatim.Articles.g.cs" });
    }

    [Fact]
    public void A_CSharp_edit_reruns_nothing()
    {
        var run = IncrementalRun.Of(TestCorpus.Files, editCompilation: compilation =>
            compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Other { int _field; }", GeneratorRun.ParseOptions(LanguageVersion.Latest))));

        run.RegeneratedSources().ShouldBeEmpty();
        run.Reasons(TrackingNames.Options).ShouldAllBe(reason => Reused.Contains(reason));
        run.Reasons(TrackingNames.ParsedFiles).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
        run.Reasons(TrackingNames.ParsedArticles).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
        run.Reasons(TrackingNames.ArticleSlices).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
        run.Second.TrackedOutputSteps.SelectMany(output => output.Value).SelectMany(step => step.Outputs)
            .ShouldAllBe(output => output.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void An_unrelated_additional_file_reruns_nothing()
    {
        var run = IncrementalRun.Of(TestCorpus.Files, driver => driver.AddAdditionalTexts([new InMemoryAdditionalText("/project/readme.md", "# Not corpus")]));

        run.RegeneratedSources().ShouldBeEmpty();
        run.Reasons(TrackingNames.ParsedFiles).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
        run.Reasons(TrackingNames.ParsedArticles).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
        run.Reasons(TrackingNames.RegistrySpeakers).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_speaker_role_edit_regenerates_the_speakers_only()
    {
        string edited = TestCorpus.Registry.Replace("role: U.S. Secretary of State", "role: Secretary of State", StringComparison.Ordinal);
        var run = IncrementalRun.Of(TestCorpus.Files, Replace(RegistryFile, edited));

        // The quote table reruns because the speaker set changed, but writes the same table; the role
        // is in the speaker table and in its member's docs.
        run.RegeneratedSources().ShouldBe(new[] { "Verbatim.Quotes.00.g.cs", "Verbatim.Speakers.00.g.cs", "Verbatim.Speakers.g.cs" });
        // Articles and registries are parsed in one step: the registry alone is parsed again, and the
        // articles taken from the collected files compare equal.
        run.Reasons(TrackingNames.ParsedFiles).Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        run.Reasons(TrackingNames.RegistrySpeakers).ShouldBe(new[] { IncrementalStepRunReason.Modified });
        run.Reasons(TrackingNames.ParsedArticles).ShouldAllBe(reason => Reused.Contains(reason));
        run.Reasons(TrackingNames.ArticleSlices).ShouldAllBe(reason => Reused.Contains(reason));
    }

    [Fact]
    public void A_speaker_name_edit_regenerates_the_articles_that_quote_that_speaker()
    {
        string edited = TestCorpus.Registry.Replace("name: Vladimir V. Putin", "name: Vladimir Putin", StringComparison.Ordinal);
        var run = IncrementalRun.Of(TestCorpus.Files, Replace(RegistryFile, edited));

        run.RegeneratedSources().ShouldBe(new[] { "Verbatim.Articles.0000.g.cs", "Verbatim.Quotes.00.g.cs", "Verbatim.Speakers.00.g.cs", "Verbatim.Speakers.g.cs" });
    }

    [Fact]
    public void A_line_shift_in_an_article_regenerates_its_slice_and_its_quote_slice_only()
    {
        // Every quote moves a line down: their members' #line directives and Quote.Line change, nothing else.
        string edited = Nyt.Text.Replace("---\n{@tillerson#low-trust", "---\n\n{@tillerson#low-trust", StringComparison.Ordinal);
        var run = IncrementalRun.Of(TestCorpus.Files, Replace(Nyt, edited));

        run.RegeneratedSources().ShouldBe(new[] { "Verbatim.Articles.0000.g.cs", "Verbatim.Quotes.00.g.cs" });
        run.Reasons(TrackingNames.ArticleRows).ShouldAllBe(reason => Reused.Contains(reason));
        run.Reasons(TrackingNames.SpeakerSet).ShouldAllBe(reason => Reused.Contains(reason));
    }

    [Fact]
    public void In_a_large_registry_a_line_shift_regenerates_the_speaker_slices_that_moved_only()
    {
        string registry = string.Concat(Enumerable.Range(0, 300).Select(i => $"s{i:D3}:\n  name: Speaker {i}\n"));
        var registryFile = new InMemoryAdditionalText("/project/s.speakers.yaml", registry);
        var files = new[] { registryFile, new InMemoryAdditionalText("/project/a.article.md", "---\ntitle: A\n---\n{@s042 “One.”}\n") };
        // A comment before the last speaker moves that one definition only.
        var run = IncrementalRun.Of(files, Replace(registryFile, registry.Replace("s299:", "# the last one\ns299:", StringComparison.Ordinal)));

        run.RegeneratedSources().ShouldHaveSingleItem().ShouldStartWith("Verbatim.Speakers.");
        run.RegeneratedSources().ShouldNotContain(SpeakersSourceHintName);
        run.Reasons(TrackingNames.SpeakerSet).ShouldAllBe(reason => Reused.Contains(reason));
        run.Reasons(TrackingNames.ArticleSlices).ShouldAllBe(reason => Reused.Contains(reason));
    }

    private const string SpeakersSourceHintName = "Verbatim.Speakers.g.cs";

    [Fact]
    public void The_pipeline_models_hold_no_compilation_symbol_syntax_or_location()
    {
        string edited = Nyt.Text.Replace("low level of trust", "very low level of trust", StringComparison.Ordinal);
        var run = IncrementalRun.Of(TestCorpus.Files, Replace(Nyt, edited));

        var forbidden = new[] { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Diagnostic), typeof(SemanticModel) };
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (object output in run.AllStepOutputs())
        {
            Walk(output, forbidden, visited, "output");
        }
        visited.Count.ShouldBeGreaterThan(50);
    }

    /// <summary>Fails on any object reachable from <paramref name="value"/> whose type is forbidden.</summary>
    private static void Walk(object? value, Type[] forbidden, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }
        var type = value.GetType();
        forbidden.ShouldNotContain(f => f.IsAssignableFrom(type), $"{path} is a {type}");
        // A default ImmutableArray holds nothing and cannot be enumerated.
        bool isDefault = type.GetProperty("IsDefault")?.GetValue(value) is true;
        if (value is IEnumerable items && !isDefault)
        {
            int i = 0;
            foreach (object? item in items)
            {
                Walk(item, forbidden, visited, $"{path}[{i++}]");
            }
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), forbidden, visited, $"{path}.{field.Name}");
            }
        }
    }
}
