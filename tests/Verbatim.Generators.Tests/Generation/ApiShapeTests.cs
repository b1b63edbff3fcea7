using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verbatim.Corpus.Naming;
using Verbatim.Generators.Building;
using Verbatim.Generators.Emitting;
using Verbatim.Testing;
using CorpusKinds = Verbatim.Corpus.Model;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// The names and values the generated API always has are the ones Verbatim.Corpus declares
/// (<see cref="GeneratedApiNames"/>, <c>Model/Kinds.cs</c>): what the emitter writes and what the
/// analyzer reserves cannot drift apart.
/// </summary>
public sealed class ApiShapeTests
{
    private static readonly Lazy<Compilation> s_generated = new(() =>
        GeneratorRun.Generate(TestCorpus.Files, GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }")).Output);

    private static INamedTypeSymbol Generated(string name) =>
        s_generated.Value.GetTypeByMetadataName(GeneratorRun.RootNamespace + ".Corpus." + name).ShouldNotBeNull(name);

    [Theory]
    [InlineData("QuoteKind", typeof(CorpusKinds.QuoteKind))]
    [InlineData("SpeakerKind", typeof(CorpusKinds.SpeakerKind))]
    public void The_emitted_kinds_are_Verbatim_Corpus_kinds_with_the_same_numbers(string name, Type kinds)
    {
        var emitted = Generated(name).GetMembers().OfType<IFieldSymbol>().Select(field => (field.Name, Value: Convert.ToInt32(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture)));

        // The tables hold (int) of a Verbatim.Corpus kind; the loader casts it back to the emitted enum.
        emitted.ShouldBe(Enum.GetValues(kinds).Cast<object>().Select(kind => (kind.ToString()!, (int)kind)));
    }

    [Fact]
    public void Every_kind_has_a_summary_of_its_own()
    {
        foreach (var kind in Enum.GetValues<CorpusKinds.QuoteKind>())
        {
            ModelSource.Summary(kind).ShouldNotBe(kind.ToString());
        }
        foreach (var kind in Enum.GetValues<CorpusKinds.SpeakerKind>())
        {
            ModelSource.Summary(kind).ShouldNotBe(kind.ToString());
        }
    }

    [Fact]
    public void The_forwarded_members_are_the_public_properties_of_Article_with_their_types()
    {
        var article = Generated("Article");
        var view = Generated(ModelSource.ArticleViewType);
        var properties = article.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public).ToList();

        properties.Select(p => p.Name).ShouldBe(GeneratedApiNames.ForwardedArticleMembers);
        foreach (var property in properties)
        {
            var forwarded = view.GetMembers(property.Name).OfType<IPropertySymbol>().ShouldHaveSingleItem();
            forwarded.Type.ToDisplayString().ShouldBe(property.Type.ToDisplayString());
        }
    }

    [Fact]
    public void The_object_members_are_those_every_class_inherits()
    {
        var inherited = s_generated.Value.GetSpecialType(SpecialType.System_Object).GetMembers()
            .Where(m => m.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected && m.Name is not (".ctor" or "Finalize"))
            .Select(m => m.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal);
        var publicInstance = s_generated.Value.GetSpecialType(SpecialType.System_Object).GetMembers()
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic && m.Kind == SymbolKind.Method && m.Name != ".ctor")
            .Select(m => m.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal);

        GeneratedApiNames.ObjectMembers.OrderBy(n => n, StringComparer.Ordinal).ShouldBe(inherited);
        GeneratedApiNames.ObjectInstanceMembers.OrderBy(n => n, StringComparer.Ordinal).ShouldBe(publicInstance);
    }

    [Theory]
    [InlineData(GeneratedApiNames.Articles)]
    [InlineData(GeneratedApiNames.Speakers)]
    [InlineData(GeneratedApiNames.Quotes)]
    [InlineData(GeneratedApiNames.Statements)]
    public void Each_entry_class_is_emitted_with_its_All(string entry) =>
        Generated(entry).GetMembers(GeneratedApiNames.All).OfType<IPropertySymbol>().ShouldHaveSingleItem();

    [Fact]
    public void The_members_made_from_ids_keep_clear_of_each_entry_class_and_its_All()
    {
        MemberNames.ReservedInArticles.ShouldBe(new[] { GeneratedApiNames.All, GeneratedApiNames.Articles }, ignoreOrder: true);
        MemberNames.ReservedInSpeakers.ShouldBe(new[] { GeneratedApiNames.All, GeneratedApiNames.Speakers }, ignoreOrder: true);
        MemberNames.ReservedInStatements.ShouldBe(new[] { GeneratedApiNames.All, GeneratedApiNames.Statements }, ignoreOrder: true);
    }

    [Fact]
    public void Every_runtime_file_is_embedded_and_emitted_as_written()
    {
        typeof(RuntimeSource).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Verbatim.Generators.Runtime.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .ShouldBe(new[] { "Verbatim.Generators.Runtime.StatementSet.cs", "Verbatim.Generators.Runtime.StatementTypes.cs", "Verbatim.Generators.Runtime.TableDetails.cs" });
        var (_, sources) = GeneratorRun.Generate(TestCorpus.Files, GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }"));

        sources[HintNames.Model].ShouldContain(Indented(RuntimeSource.TableDetails));
        sources[HintNames.StatementTypes].ShouldContain(Indented(RuntimeSource.WithVisibility(RuntimeSource.StatementTypes, "internal")));
        sources[HintNames.StatementTypes].ShouldContain(Indented(RuntimeSource.StatementSet));
        RuntimeSource.StatementTypes.ShouldStartWith("/// <summary>");
    }

    /// <summary>
    /// Each file of <c>Emitting/Runtime/</c>, as written (its comment included), compiled in place of its
    /// copy in the generated code: a mistake in it is reported at its own line, with every warning on.
    /// </summary>
    [Theory]
    [InlineData("TableDetails.cs", HintNames.Model)]
    [InlineData("StatementTypes.cs", HintNames.StatementTypes)]
    [InlineData("StatementSet.cs", HintNames.StatementTypes)]
    public void Each_runtime_file_compiles_as_written_in_place_of_its_copy(string file, string hintName)
    {
        string written;
        using (var stream = typeof(RuntimeSource).Assembly.GetManifestResourceStream("Verbatim.Generators.Runtime." + file).ShouldNotBeNull())
        using (var reader = new System.IO.StreamReader(stream))
        {
            written = reader.ReadToEnd();
        }
        // Public, so the runtime types written public are as visible as the types they use.
        var options = BuildProperties.Of(("RootNamespace", GeneratorRun.RootNamespace), ("ProjectDir", TestCorpus.ProjectDirectory), ("VerbatimVisibility", "public"));
        var (output, _) = GeneratorRun.Generate(TestCorpus.Files, GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, "class Program { }"), options);
        var tree = output.SyntaxTrees.Single(t => t.FilePath.EndsWith(hintName, StringComparison.Ordinal));
        string copy = Indented(file switch
        {
            "TableDetails.cs" => RuntimeSource.TableDetails,
            "StatementTypes.cs" => RuntimeSource.StatementTypes,
            _ => RuntimeSource.StatementSet,
        });
        string generated = tree.ToString();
        generated.ShouldContain(copy);

        var parseOptions = (CSharpParseOptions)tree.Options;
        var asWritten = CSharpSyntaxTree.ParseText(
            "namespace " + GeneratorRun.RootNamespace + ".Corpus\n{\n#line 1 \"Emitting/Runtime/" + file + "\"\n" + written + "#line default\n}\n", parseOptions, "Runtime." + file);
        var compilation = output
            .ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(generated.Replace(copy, "", StringComparison.Ordinal), parseOptions, tree.FilePath))
            .AddSyntaxTrees(asWritten);

        compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ShouldBeEmpty();
    }

    /// <summary>A runtime file as it reads in a generated file: inside the namespace, one level in.</summary>
    private static string Indented(string text) =>
        string.Join("\n", text.TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
}
