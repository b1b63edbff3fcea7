using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// The CLR refuses a type of more than 65,535 methods, and each quote member is a getter: past
/// <see cref="CorpusLimits.MaxQuoteMembersPerArticle"/> quote ids get no member, so the class still loads.
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
        int count = CorpusLimits.MaxQuoteMembersPerArticle + 1;
        var body = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            body.Append("{@s#q").Append(i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).Append(" “Quote.”}\n");
        }
        var files = new[]
        {
            new CorpusFile("/project/r.speakers.yaml", "s:\n  name: S\n"),
            new CorpusFile("/project/many.article.md", "---\ntitle: Many\n---\n" + body),
        };

        var (output, sources) = GeneratorRun.Generate(files, GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, Probe));

        GeneratorRun.RunProbe(output).ShouldBe($"{count} quotes, {CorpusLimits.MaxQuoteMembersPerArticle} quote members, last q10000");
        sources["Articles.Many.g.cs"].ShouldContain("public Quote Q09999 ");
        sources["Articles.Many.g.cs"].ShouldNotContain("Q10000");
    }
}
