using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>The generated code compiles with no diagnostic at all for each supported target, and runs as docs/generated-api.md says.</summary>
public sealed class CompileAndRunTests
{
    public static TheoryData<string, LanguageVersion> Targets => new()
    {
        { "net8.0", LanguageVersion.Latest },
        { "net8.0", LanguageVersion.CSharp8 },
        { "netstandard2.0", LanguageVersion.Latest },
        { "netstandard2.0", LanguageVersion.CSharp8 },
    };

    private static ImmutableArray<MetadataReference> References(string target) =>
        target == "net8.0" ? GeneratorRun.Net80 : GeneratorRun.NetStandard20;

    [Theory]
    [MemberData(nameof(Targets))]
    public void The_test_corpus_compiles_cleanly_and_keeps_every_invariant(string target, LanguageVersion languageVersion)
    {
        var compilation = GeneratorRun.Compilation(References(target), languageVersion, Probe.Invariants, Probe.TestCorpusFacts);
        var (output, _) = GeneratorRun.Generate(TestCorpus.Files, compilation);

        var report = GeneratorRun.RunProbe(output).Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

        report.Where(line => line.StartsWith("FAIL", System.StringComparison.Ordinal)).ShouldBeEmpty();
        var facts = report.Select(line => line.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
        facts["articles"].ShouldBe("2017-report,all,nyt-tillerson-putin");
        facts["speakers"].ShouldBe("former-us-official,ilf-petrov,kremlin,lavrov,never-quoted,peskov,putin,r.c.-hammond,tillerson");
        facts["nyt is the article of All"].ShouldBe("True");
        facts["nyt title"].ShouldBe("Tillerson and Putin Meet");
        facts["nyt outlet"].ShouldBe("The New York Times");
        facts["nyt published"].ShouldBe("2017-4-12");
        facts["nyt url"].ShouldBe("https://www.example.com/a");
        facts["nyt authors"].ShouldBe("A. Reporter|B. Writer");
        facts["nyt source"].ShouldBe("articles/nyt-tillerson-putin.article.md");
        facts["nyt speakers"].ShouldBe("tillerson,putin,ilf-petrov,lavrov,peskov,r.c.-hammond");
        // The quote by 'nobody' alone is left out; the quote nested in it moves to the root.
        facts["nyt quotes"].ShouldBe(string.Join(" | ",
            "low-trust:Direct:11:tillerson:root",
            "boring:Direct:12:putin:root",
            "ladies:Direct:12:ilf-petrov:boring",
            "-:Indirect:13:lavrov:root",
            "working-group:Indirect:15:tillerson+lavrov:root",
            "kept:Direct:16:peskov:root",
            "partly:Direct:17:tillerson:root",
            "to-string:Direct:18:r.c.-hammond:root"));
        facts["low-trust"].ShouldBe(Escape("There is a low level of trust between our countries,"));
        facts["boring nested"].ShouldBe("ladies");
        facts["ladies parent"].ShouldBe("boring");
        facts["kept parent"].ShouldBe("root");
        facts["partly speakers"].ShouldBe("Rex W. Tillerson");
        facts["working-group"].ShouldBe("Indirect Rex W. Tillerson");
        facts["to-string member"].ShouldBe("A quote id that collides with a member of the class.");
        facts["nyt body"].ShouldBe(Escape(ParsedBody(TestCorpus.Nyt)));
        facts["report title"].ShouldBe(Escape("Weird </summary> */ \u202E evil \u2028 #line 1 title"));
        facts["report outlet"].ShouldBe("none");
        facts["report body"].ShouldBe(Escape(ParsedBody(TestCorpus.Report)));
        facts["report quote"].ShouldBe("It was */ never #pragma warning disable going to work.");
        facts["all article"].ShouldBe("An article called all");
        facts["all article quote"].ShouldBe("Same quote id, another article.");
        facts["tillerson"].ShouldBe("Rex W. Tillerson|U.S. Secretary of State|U.S. Department of State|Person|Rex Tillerson,Mr. Tillerson");
        facts["tillerson quotes"].ShouldBe("all#low-trust,nyt-tillerson-putin#low-trust,nyt-tillerson-putin#working-group,nyt-tillerson-putin#partly");
        facts["kinds"].ShouldBe("Anonymous,Group,Organization,Person,Person,Person,Person,Person,Person");
        facts["never quoted"].ShouldBe("0");
        facts["hammond role"].ShouldBe(Escape("Spokesman </summary> */ \"quoted\" \\ & more"));
        facts["peskov"].ShouldBe("Kremlin spokesman");
    }

    [Fact]
    public void Published_is_a_DateOnly_where_the_target_has_it_and_a_DateTime_elsewhere()
    {
        PublishedType(GeneratorRun.Net80).ShouldBe("System.DateOnly?");
        PublishedType(GeneratorRun.NetStandard20).ShouldBe("System.DateTime?");
    }

    [Fact]
    public void Bodies_are_utf8_literals_where_the_language_and_target_allow_it_and_string_literals_elsewhere()
    {
        BodyTableOfNyt(GeneratorRun.Net80, LanguageVersion.CSharp11).ShouldEndWith("\"u8;");
        BodyTableOfNyt(GeneratorRun.Net80, LanguageVersion.CSharp10).ShouldEndWith("\";");
        BodyTableOfNyt(GeneratorRun.NetStandard20, LanguageVersion.Latest).ShouldEndWith("\";");
    }

    [Fact]
    public void Before_CSharp_8_nothing_is_generated()
    {
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.CSharp7_3, "class Program { }");
        var (output, sources) = GeneratorRun.Generate(TestCorpus.Files, compilation);

        sources.ShouldBeEmpty();
        output.GetDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void An_empty_corpus_still_compiles_and_loads()
    {
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, Probe.Invariants);
        var (output, sources) = GeneratorRun.Generate(System.Array.Empty<AdditionalText>(), compilation);

        sources.Keys.Order().ShouldBe(new[] { "Verbatim.Articles.g.cs", "Verbatim.Model.g.cs", "Verbatim.Quotes.00.g.cs", "Verbatim.Speakers.00.g.cs", "Verbatim.Speakers.g.cs", "Verbatim.Statements.00.g.cs", "Verbatim.Statements.g.cs", "Verbatim.StatementTypes.g.cs" });
        GeneratorRun.RunProbe(output).ShouldBeEmpty();
    }

    [Fact]
    public void Namespace_and_visibility_come_from_the_build_properties()
    {
        var options = BuildProperties.Of(("RootNamespace", "Ignored"), ("VerbatimNamespace", "My.News"), ("VerbatimVisibility", "public"));
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }");
        var (output, _) = GeneratorRun.Generate(TestCorpus.Files, compilation, options);

        // Public: every visible member must carry XML docs (CS1591 would say which does not).
        output.GetDiagnostics().ShouldBeEmpty();
        var article = output.GetTypeByMetadataName("My.News.Article").ShouldNotBeNull();
        article.DeclaredAccessibility.ShouldBe(Accessibility.Public);
        output.GetTypeByMetadataName("My.News.NytTillersonPutinArticle")!.DeclaredAccessibility.ShouldBe(Accessibility.Public);
        output.GetTypeByMetadataName("Ignored.Corpus.Article").ShouldBeNull();
    }

    [Theory]
    [InlineData(null, "Corpus.Article")]
    [InlineData("App", "App.Corpus.Article")]
    public void The_default_namespace_is_the_root_namespace_dot_Corpus(string? rootNamespace, string articleType)
    {
        var options = rootNamespace is null ? BuildProperties.Of() : BuildProperties.Of(("RootNamespace", rootNamespace));
        var compilation = GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }");
        var (output, _) = GeneratorRun.Generate(TestCorpus.Files, compilation, options);

        output.GetTypeByMetadataName(articleType).ShouldNotBeNull().DeclaredAccessibility.ShouldBe(Accessibility.Internal);
    }

    private static string PublishedType(ImmutableArray<MetadataReference> references)
    {
        var compilation = GeneratorRun.Compilation(references, LanguageVersion.Latest, "class Program { }");
        var (output, _) = GeneratorRun.Generate(TestCorpus.Files, compilation);
        return output.GetTypeByMetadataName("Consumer.Corpus.Article")!.GetMembers("Published").OfType<IPropertySymbol>().Single().Type.ToDisplayString();
    }

    private static string BodyTableOfNyt(ImmutableArray<MetadataReference> references, LanguageVersion languageVersion)
    {
        var compilation = GeneratorRun.Compilation(references, languageVersion, "class Program { }");
        var (output, sources) = GeneratorRun.Generate(TestCorpus.Files, compilation);
        output.GetDiagnostics().ShouldBeEmpty();
        return ArticleSlices.Of(sources, "nyt-tillerson-putin").Split('\n').Single(line => line.Contains("BodyTable", System.StringComparison.Ordinal));
    }

    private static string ParsedBody(string text) => Corpus.Parsing.ArticleParser.Parse("/project/x.article.md", text).Article.Body;

    /// <summary>The probe's escaping of fact values (non-ASCII as \uXXXX).</summary>
    private static string Escape(string text)
    {
        var escaped = new System.Text.StringBuilder();
        foreach (char c in text)
        {
            if (c == '\\')
            {
                escaped.Append("\\\\");
            }
            else if (c < ' ' || c > '~')
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }
}
