using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verbatim.Corpus.Naming;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// The CLR refuses a type of more than 65,535 methods, and each quote or article member is a getter:
/// past <see cref="MemberLimits.MaxQuoteMembersPerArticle"/> quote ids and <see cref="MemberLimits.MaxArticleMembers"/>
/// article ids get no member, so the classes still load.
/// </summary>
public sealed class MemberLimitTests
{
    private const string Probe = """
        using System.Linq;
        using Consumer.Corpus;

        internal static class Probe
        {
            public static string Run()
            {
                ManyArticle many = Articles.Many;
                int members = typeof(ManyArticle).GetProperties().Count(p => p.PropertyType == typeof(Quote));
                return many.Quotes.Count + " quotes, " + members + " quote members, last " + many.Quotes[many.Quotes.Count - 1].Id;
            }
        }
        """;

    [Fact]
    public void An_article_just_over_the_quote_member_limit_compiles_loads_and_has_exactly_the_limit_of_members()
    {
        int count = MemberLimits.MaxQuoteMembersPerArticle + 1;
        var body = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            body.Append("{@s#q").Append(i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).Append(" “Quote.”}\n");
        }
        var files = new[]
        {
            new InMemoryAdditionalText("/project/r.speakers.yaml", "s:\n  name: S\n"),
            new InMemoryAdditionalText("/project/many.article.md", "---\ntitle: Many\n---\n" + body),
        };

        var (output, sources) = GeneratorRun.Generate(files, GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, Probe));

        GeneratorRun.RunProbe(output).ShouldBe($"{count} quotes, {MemberLimits.MaxQuoteMembersPerArticle} quote members, last q10000");
        ArticleSlices.Of(sources, "many").ShouldContain("public Quote Q09999\n");
        ArticleSlices.Of(sources, "many").ShouldNotContain("Q10000");
    }

    [Fact]
    public void An_article_past_the_article_member_limit_gets_its_body_only()
    {
        int count = MemberLimits.MaxArticleMembers + 1;
        var files = Enumerable.Range(0, count)
            .Select(i => new InMemoryAdditionalText($"/project/a{i:D5}.article.md", $"---\ntitle: T\n---\nWords of article {i}.\n"));
        // Without step tracking, which Roslyn records at a cost that grows faster than the inputs.
        var driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() }, files, GeneratorRun.ParseOptions(LanguageVersion.Latest), GeneratorRun.DefaultOptions);

        var sources = GeneratorRun.Sources(driver.RunGenerators(GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }")).GetRunResult());

        sources.Keys.Count(ArticleSlices.IsSlice).ShouldBe(Model.ArticleSlice.CountFor(count));
        ArticleSlices.Of(sources, "a49999").ShouldContain("public static A49999Article A49999\n");
        string unnamed = ArticleSlices.Of(sources, "a50000");
        unnamed.ShouldContain("24,Words of article 50000.\\n");
        unnamed.ShouldNotContain("A50000Article", Case.Sensitive);
    }
}
