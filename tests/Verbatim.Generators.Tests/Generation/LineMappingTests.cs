using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// Generated declarations map to their place in the corpus (docs/generated-api.md, "Where members
/// come from"): what a language server's Go to Definition reads with <c>GetMappedLineSpan</c>.
/// </summary>
public sealed class LineMappingTests
{
    private const string Nyt = "/project/articles/nyt-tillerson-putin.article.md";

    private static Compilation Generate(LanguageVersion languageVersion, BuildProperties? options = null)
    {
        var references = languageVersion >= LanguageVersion.CSharp10 ? GeneratorRun.Net80 : GeneratorRun.NetStandard20;
        var (output, _) = GeneratorRun.Generate(TestCorpus.Files, GeneratorRun.Compilation(references, languageVersion, "class Program { }"), options);
        return output;
    }

    private static ISymbol Member(Compilation compilation, string type, string member) =>
        compilation.GetTypeByMetadataName(GeneratorRun.RootNamespace + ".Corpus." + type)!.GetMembers(member).Single();

    /// <summary>The mapped place of the symbol's declaration, 1-based, as an editor shows it.</summary>
    private static (string Path, int Line, int Column) Mapped(ISymbol symbol)
    {
        var span = symbol.Locations.Single().GetMappedLineSpan();
        span.HasMappedPath.ShouldBeTrue();
        return (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Fact]
    public void A_speaker_maps_to_its_key_in_the_registry_or_the_front_matter()
    {
        var compilation = Generate(LanguageVersion.Latest);

        Mapped(Member(compilation, "Speakers", "Tillerson")).ShouldBe(("/project/corpus.speakers.yaml", 1, 1));
        Mapped(Member(compilation, "Speakers", "Lavrov")).ShouldBe(("/project/corpus.speakers.yaml", 6, 1));
        Mapped(Member(compilation, "Speakers", "Peskov")).ShouldBe((Nyt, 9, 3));
    }

    [Fact]
    public void A_quote_maps_to_its_annotation_and_an_article_to_its_id()
    {
        var compilation = Generate(LanguageVersion.Latest);

        Mapped(Member(compilation, "NytTillersonPutinArticle", "LowTrust")).ShouldBe((Nyt, 11, 1));
        Mapped(Member(compilation, "NytTillersonPutinArticle", "Ladies")).ShouldBe((Nyt, 12, 50));
        Mapped(Member(compilation, "Articles", "NytTillersonPutin")).ShouldBe((Nyt, 2, 5));
        Mapped(compilation.GetTypeByMetadataName("Consumer.Corpus.NytTillersonPutinArticle")!).ShouldBe((Nyt, 2, 5));
        // No front matter id: the start of the file.
        Mapped(Member(compilation, "Articles", "_2017Report")).ShouldBe(("/project/articles/2017-report.article.md", 1, 1));
    }

    [Fact]
    public void Before_CSharp_10_a_member_maps_to_its_line()
    {
        var compilation = Generate(LanguageVersion.CSharp8, GeneratorRun.DefaultOptions);

        Mapped(Member(compilation, "NytTillersonPutinArticle", "Ladies")).ShouldSatisfyAllConditions(
            mapped => mapped.Path.ShouldBe(Nyt),
            mapped => mapped.Line.ShouldBe(12));
        Mapped(Member(compilation, "Speakers", "Lavrov")).Line.ShouldBe(6);
    }

    [Fact]
    public void A_quote_past_the_largest_column_a_directive_may_name_maps_to_its_line()
    {
        var files = new[]
        {
            new InMemoryAdditionalText("/project/r.speakers.yaml", "s:\n  name: S\n"),
            new InMemoryAdditionalText("/project/far.article.md", "---\ntitle: Far\n---\n" + new string('x', 70_000) + " {@s#far “Far out.”}\n"),
        };
        var (output, sources) = GeneratorRun.Generate(files, GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }"));

        output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ShouldBeEmpty();
        ArticleSlices.Of(sources, "far").ShouldContain("#line 4 \"/project/far.article.md\"\n        public Quote Far\n");
        Mapped(Member(output, "FarArticle", "Far")).ShouldSatisfyAllConditions(
            mapped => mapped.Path.ShouldBe("/project/far.article.md"),
            mapped => mapped.Line.ShouldBe(4));
    }

    [Fact]
    public void Bodies_stay_in_the_generated_file()
    {
        var compilation = Generate(LanguageVersion.Latest);
        var property = (IPropertySymbol)Member(compilation, "Speakers", "Tillerson");
        var declaration = (PropertyDeclarationSyntax)property.DeclaringSyntaxReferences.Single().GetSyntax();

        var body = declaration.ExpressionBody!.GetLocation().GetMappedLineSpan();
        body.HasMappedPath.ShouldBeFalse();
        body.Path.ShouldBe(declaration.SyntaxTree.FilePath);
    }

    [Fact]
    public void The_doc_comments_survive_the_directive_and_name_the_file_and_line()
    {
        var compilation = Generate(LanguageVersion.Latest);

        Member(compilation, "Speakers", "Tillerson").GetDocumentationCommentXml()!
            .ShouldContain("Rex W. Tillerson, U.S. Secretary of State, U.S. Department of State. 4 quotes in 2 articles. In corpus.speakers.yaml, line 1.");
        Member(compilation, "NytTillersonPutinArticle", "LowTrust").GetDocumentationCommentXml()!
            .ShouldContain("(Rex W. Tillerson). In articles/nyt-tillerson-putin.article.md, line 11.");
        Member(compilation, "Articles", "NytTillersonPutin").GetDocumentationCommentXml()!
            .ShouldContain("Tillerson and Putin Meet. The New York Times, 2017-04-12, https://www.example.com/a. 8 quotes. In articles/nyt-tillerson-putin.article.md, line 2.");
    }

    [Fact]
    public void Corpus_paths_go_through_the_path_map_as_the_compiler_maps_its_own()
    {
        var options = BuildProperties.Of(("RootNamespace", GeneratorRun.RootNamespace), ("ProjectDir", TestCorpus.ProjectDirectory),
            ("PathMap", "/elsewhere=/x/,/project=/_/"));
        var compilation = Generate(LanguageVersion.Latest, options);

        Mapped(Member(compilation, "Speakers", "Tillerson")).Path.ShouldBe("/_/corpus.speakers.yaml");
        Mapped(Member(compilation, "NytTillersonPutinArticle", "LowTrust")).Path.ShouldBe("/_/articles/nyt-tillerson-putin.article.md");
    }

    [Theory]
    [InlineData("say \"hi\"")]
    [InlineData("new\nline")]
    [InlineData("bidi \u202E evil")]
    [InlineData("lone {surrogate}")] // Test data cannot carry a lone surrogate through xunit's serialization.
    public void A_path_no_directive_can_spell_safely_leaves_the_member_unmapped(string name)
    {
        var files = new[]
        {
            new InMemoryAdditionalText("/project/" + name.Replace("{surrogate}", "\uD800", System.StringComparison.Ordinal) + ".speakers.yaml", "hammond:\n  name: R.C. Hammond\n"),
            new InMemoryAdditionalText("/project/a.article.md", "---\ntitle: A\n---\n{@hammond#q “Words.”}\n"),
        };
        var (output, sources) = GeneratorRun.Generate(files, GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }"));

        output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ShouldBeEmpty();
        sources["Verbatim.Speakers.00.g.cs"].ShouldNotContain("#line");
        Member(output, "AArticle", "Q").Locations.Single().GetMappedLineSpan().Path.ShouldBe("/project/a.article.md");
    }
}
