using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Verbatim.Editor.Tests.RoslynIde;

/// <summary>
/// The analyzer run over the workspace's compilation as the IDE runs it, its diagnostics located in
/// the corpus files, and a code fix from the package applied through the workspace.
/// </summary>
[Collection(EditorCollection.Name)]
public sealed class DiagnosticsAndFixesTests(EditorProjects projects)
{
    private const string Misspelled = """
        ---
        title: A Misspelled Speaker
        ---
        Words first. {@tilerson “We will see.”}
        """;

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var analyzers = project.AnalyzerReferences.SelectMany(reference => reference.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        analyzers.Select(analyzer => analyzer.GetType().FullName).ShouldContain("Verbatim.Generators.Analysis.CorpusAnalyzer");
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        diagnostics.ShouldNotContain(diagnostic => diagnostic.Id == "AD0001");
        return diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("VQ", StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>The code fix providers the package ships, loaded from the project's own analyzer reference.</summary>
    private static IReadOnlyList<CodeFixProvider> CodeFixes(Project project)
    {
        var reference = project.AnalyzerReferences.Single(reference => Path.GetFileName(reference.FullPath) == "Verbatim.CodeFixes.dll");
        return Assembly.LoadFrom(reference.FullPath!).GetTypes()
            .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToList();
    }

    [Fact]
    public async Task The_sample_analyzes_clean_of_errors_and_warnings()
    {
        var diagnostics = await AnalyzeAsync(projects.Sample.Project);

        diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_diagnostic_is_located_in_the_corpus_file_and_its_code_fix_edits_that_file_through_the_workspace()
    {
        var consumer = NewsConsumer.Create(projects.Verbatim, nameof(DiagnosticsAndFixesTests)).Write("articles/misspelled.article.md", Misspelled);
        consumer.Build().ExitCode.ShouldNotBe(0);
        using var opened = await OpenedProject.OpenAsync(consumer.ProjectPath);
        string article = opened.PathOf("articles/misspelled.article.md");

        var diagnostic = (await AnalyzeAsync(opened.Project)).ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("VQ0001");
        var span = diagnostic.Location.GetLineSpan();
        (Path.GetFullPath(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).ShouldBe((article, 4, 16));

        var document = opened.Project.AdditionalDocuments.Single(document => document.FilePath == article);
        var actions = new List<CodeAction>();
        foreach (var provider in CodeFixes(opened.Project).Where(provider => provider.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic.Location.SourceSpan, ImmutableArray.Create(diagnostic), (action, _) => actions.Add(action), default));
        }
        var change = actions.Single(action => action.Title == "Change to 'tillerson'");
        var operation = (await change.GetOperationsAsync(default)).OfType<ApplyChangesOperation>().ShouldHaveSingleItem();
        opened.Workspace.TryApplyChanges(operation.ChangedSolution).ShouldBeTrue();

        File.ReadAllText(article).ShouldContain("{@tillerson “We will see.”}");
        (await AnalyzeAsync(opened.Project)).ShouldBeEmpty();
    }
}
