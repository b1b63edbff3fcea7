using System.Collections.Generic;
using System.Linq;
using Verbatim.Robustness.Tests.Fuzzing;
using Verbatim.Robustness.Tests.Harness;

namespace Verbatim.Robustness.Tests.Adversarial;

/// <summary>
/// Ids that are awkward as C# names: keywords, names the generated API already uses, leading
/// digits, ids that differ only in punctuation or case, names of inherited members, other scripts.
/// Each builds with no compiler diagnostic, and each member returns what its id names.
/// </summary>
public sealed class IdentifierTests
{
    [Fact]
    public void Keywords_are_ids_like_any_other()
    {
        string[] keywords = ["class", "int", "namespace", "null", "true", "void", "return", "this", "base", "object", "var", "nameof", "await", "value", "global", "operator"];

        var loaded = BuildAndLoad(keywords, keywords, keywords, out _);

        loaded.SpeakerMembers["Class"].ShouldBe("class");
        loaded.ArticleMembers["Operator"].ShouldBe("operator");
        QuotesOf(loaded, "class")["Return"].ShouldBe("return");
        loaded.SpeakerMembers.Count.ShouldBe(keywords.Length);
        QuotesOf(loaded, "class").Count.ShouldBe(keywords.Length);
    }

    [Fact]
    public void All_and_the_index_class_names_are_renamed_with_VQ0005()
    {
        var loaded = BuildAndLoad(["all", "speakers"], ["all", "articles"], ["all"], out var outcome);

        loaded.ArticleMembers.ShouldBe(new Dictionary<string, string> { ["All2"] = "all", ["Articles2"] = "articles" }, ignoreOrder: true);
        loaded.SpeakerMembers.ShouldBe(new Dictionary<string, string> { ["All2"] = "all", ["Speakers2"] = "speakers" }, ignoreOrder: true);
        outcome.AnalyzerDiagnostics.Count(d => d.Id == "VQ0005").ShouldBe(4);
    }

    [Fact]
    public void A_leading_digit_gets_an_underscore()
    {
        var loaded = BuildAndLoad(["9", "2017-report", "٣x"], ["2017-report"], ["1st"], out _);

        loaded.SpeakerMembers.Keys.ShouldBe(["_9", "_2017Report", "_٣x"], ignoreOrder: true);
        loaded.ArticleMembers["_2017Report"].ShouldBe("2017-report");
        QuotesOf(loaded, "2017-report")["_1st"].ShouldBe("1st");
    }

    [Fact]
    public void Ids_that_differ_only_in_punctuation_get_numbered_members_in_id_order()
    {
        string[] ids = ["ab", "a_b", "a.b", "a-b"];

        var loaded = BuildAndLoad(ids, ids, ids, out var outcome);

        // "ab" is one word (Ab); the others are two (AB), numbered in ordinal id order.
        var expected = new Dictionary<string, string> { ["AB"] = "a-b", ["AB2"] = "a.b", ["AB3"] = "a_b", ["Ab"] = "ab" };
        loaded.SpeakerMembers.ShouldBe(expected, ignoreOrder: true);
        loaded.ArticleMembers.ShouldBe(expected, ignoreOrder: true);
        QuotesOf(loaded, "ab").ShouldBe(expected, ignoreOrder: true);
        outcome.AnalyzerDiagnostics.Count(d => d.Id == "VQ0005").ShouldBe(2 * 3);
    }

    [Fact]
    public void Ids_that_differ_only_in_case_are_one_id_and_a_duplicate_is_VQ0004()
    {
        var files = new[]
        {
            Consumer.File("r.speakers.yaml", "putin:\n  name: Vladimir Putin\nPutin:\n  name: Someone Else\n"),
            Consumer.File("articles/one.article.md", "---\nid: story\ntitle: One\n---\n{@PUTIN#q “Hello.”} {@putin#Q “Again.”}"),
            Consumer.File("articles/two.article.md", "---\nid: Story\ntitle: Two\n---\nNothing."),
        };

        var outcome = CorpusBuild.Run(files);

        outcome.ShouldBeSound(files);
        outcome.AnalyzerDiagnostics.Where(d => d.Id == "VQ0004").Select(d => d.Location.GetLineSpan().Path)
            .ShouldBe([Consumer.ProjectDirectory + "articles/one.article.md", Consumer.ProjectDirectory + "articles/two.article.md", Consumer.ProjectDirectory + "r.speakers.yaml"], ignoreOrder: true);
        var loaded = LoadedCorpus.Load(outcome);
        loaded.Speakers.ShouldHaveSingleItem().Name.ShouldBe("Vladimir Putin");
        var story = loaded.Articles.ShouldHaveSingleItem();
        story.Title.ShouldBe("One");
        story.Quotes.Select(quote => quote.Speakers.Single()).ShouldBe(["putin", "putin"]);
    }

    [Fact]
    public void Ids_named_like_the_generated_types_or_their_own_class()
    {
        string[] ids = ["nyt", "quote", "speaker", "article", "quote-kind", "speaker-kind", "system", "consumer", "corpus", "nyt-article", "id", "body"];

        var loaded = BuildAndLoad(ids, ids, ids, out _);

        loaded.ArticleMembers["Quote"].ShouldBe("quote");
        loaded.ArticleMembers["NytArticle"].ShouldBe("nyt-article");
        loaded.SpeakerMembers["Speaker"].ShouldBe("speaker");
        loaded.SpeakerMembers["System"].ShouldBe("system");
        // In the class NytArticle, the quote nyt-article cannot be named NytArticle, nor id Id, nor body Body.
        var quotes = QuotesOf(loaded, "nyt");
        quotes.Values.ShouldBe(ids, ignoreOrder: true);
        quotes.Keys.ShouldNotContain("NytArticle");
        quotes.Keys.ShouldNotContain("Id");
        quotes.Keys.ShouldNotContain("Body");
    }

    [Fact]
    public void An_id_named_like_the_generated_data_class_does_not_capture_it()
    {
        var loaded = BuildAndLoad(["verbatim-data"], ["verbatim-data"], ["verbatim-data"], out _);

        loaded.SpeakerMembers["VerbatimData"].ShouldBe("verbatim-data");
        loaded.ArticleMembers["VerbatimData"].ShouldBe("verbatim-data");
    }

    [Fact]
    public void Ids_named_like_members_every_object_inherits()
    {
        string[] ids = ["equals", "reference-equals", "get-hash-code", "to-string", "get-type", "memberwise-clone", "finalize"];

        var loaded = BuildAndLoad(ids, ids, ids, out _);

        loaded.ArticleMembers.Values.ShouldBe(ids, ignoreOrder: true);
        loaded.SpeakerMembers.Values.ShouldBe(ids, ignoreOrder: true);
        QuotesOf(loaded, "equals").Values.ShouldBe(ids, ignoreOrder: true);
    }

    [Fact]
    public void Ids_in_other_scripts_keep_their_letters()
    {
        string[] ids = ["путин", "中国-外交部", "ك", "नमस्ते", "ǆemal", "𝐀", "é-\u0301x"];

        var loaded = BuildAndLoad(ids, ids, ids, out _);

        loaded.SpeakerMembers["Путин"].ShouldBe("путин");
        loaded.SpeakerMembers["中国外交部"].ShouldBe("中国-外交部");
        loaded.SpeakerMembers["नमस्ते"].ShouldBe("नमस्ते");
        loaded.SpeakerMembers.Values.ShouldBe(ids, ignoreOrder: true);
        loaded.ArticleMembers.Values.ShouldBe(ids, ignoreOrder: true);
    }

    /// <summary>The quote members of the article <paramref name="articleId"/>, each with the id of its quote.</summary>
    private static Dictionary<string, string> QuotesOf(LoadedCorpus loaded, string articleId)
    {
        string prefix = loaded.ArticleMembers.Single(member => member.Value == articleId).Key + ".";
        return loaded.QuoteMembers
            .Where(member => member.Key.StartsWith(prefix, System.StringComparison.Ordinal))
            .ToDictionary(member => member.Key.Substring(prefix.Length), member => member.Value);
    }

    /// <summary>
    /// A registry with a speaker per id, an article per id, and in the first article a quote per id;
    /// every speaker is quoted. Checks the build and loads it.
    /// </summary>
    private static LoadedCorpus BuildAndLoad(string[] speakerIds, string[] articleIds, string[] quoteIds, out BuildOutcome outcome)
    {
        var registry = string.Concat(speakerIds.Select(id => YamlText.Quoted(id) + ":\n  name: " + YamlText.Quoted("Name of " + id) + "\n"));
        var files = new List<InMemoryAdditionalText> { Consumer.File("r.speakers.yaml", registry) };
        for (int i = 0; i < articleIds.Length; i++)
        {
            string quotes = i == 0
                ? string.Join(" ", quoteIds.Select((id, n) => "{@" + speakerIds[n % speakerIds.Length] + "#" + id + " “Quote " + id + ".”}"))
                : "";
            string others = string.Join(" ", speakerIds.Select(id => "{@" + id + " “Said.”}"));
            files.Add(Consumer.File($"articles/a{i}.article.md", "---\nid: " + YamlText.Quoted(articleIds[i]) + "\ntitle: T\n---\n" + quotes + " " + others));
        }

        outcome = CorpusBuild.Run(files);

        outcome.ShouldBeSound(files);
        outcome.ShouldReportNoCorpusError();
        return LoadedCorpus.Load(outcome);
    }
}
