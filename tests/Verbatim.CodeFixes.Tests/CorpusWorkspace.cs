using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Analysis;

namespace Verbatim.CodeFixes.Tests;

/// <summary>
/// A real <see cref="AdhocWorkspace"/> holding one project whose corpus files are additional
/// documents: runs the analyzer, asks a code fix provider for its actions, and applies them.
/// </summary>
internal sealed class CorpusWorkspace : IDisposable
{
    private readonly AdhocWorkspace _workspace = new();
    private readonly ProjectId _projectId = ProjectId.CreateNewId();

    public CorpusWorkspace(params (string Path, string Text)[] files)
    {
        var documents = files.Select(file => DocumentInfo.Create(
            DocumentId.CreateNewId(_projectId),
            name: System.IO.Path.GetFileName(file.Path),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(file.Text), VersionStamp.Create())),
            filePath: file.Path));
        _workspace.AddProject(ProjectInfo.Create(
            _projectId,
            VersionStamp.Create(),
            name: "Consumer",
            assemblyName: "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            metadataReferences: Net80.References.All,
            additionalDocuments: documents));
    }

    private Project Project => _workspace.CurrentSolution.GetProject(_projectId)!;

    public async Task<string> TextOfAsync(string path) => (await Document(path).GetTextAsync()).ToString();

    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync()
    {
        var compilation = (await Project.GetCompilationAsync())!;
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CorpusAnalyzer()), Project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        diagnostics.ShouldNotContain(diagnostic => diagnostic.Id == "AD0001");
        return diagnostics;
    }

    public async Task<Diagnostic> SingleDiagnosticAsync(string id) =>
        (await DiagnosticsAsync()).Where(diagnostic => diagnostic.Id == id).ShouldHaveSingleItem();

    /// <summary>The actions <paramref name="provider"/> offers for <paramref name="diagnostic"/>, asked the way an IDE asks for an additional document.</summary>
    public async Task<IReadOnlyList<CodeAction>> ActionsAsync(CodeFixProvider provider, Diagnostic diagnostic)
    {
        provider.FixableDiagnosticIds.ShouldContain(diagnostic.Id);
        var document = Document(diagnostic.Location.GetLineSpan().Path);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(
            document,
            diagnostic.Location.SourceSpan,
            ImmutableArray.Create(diagnostic),
            (action, _) => actions.Add(action),
            CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return actions;
    }

    public async Task ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var change = operations.OfType<ApplyChangesOperation>().ShouldHaveSingleItem();
        _workspace.TryApplyChanges(change.ChangedSolution).ShouldBeTrue();
    }

    public void Dispose() => _workspace.Dispose();

    private TextDocument Document(string path) =>
        Project.AdditionalDocuments.Single(document => document.FilePath == path);
}
