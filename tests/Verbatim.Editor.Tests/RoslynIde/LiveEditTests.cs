using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Verbatim.Editor.Tests.RoslynIde;

/// <summary>Edits as an editor makes them, in the workspace, with no build: the generated API follows the corpus.</summary>
[Collection(EditorCollection.Name)]
public sealed class LiveEditTests(EditorProjects projects)
{
    [Fact]
    public async Task A_new_quote_id_in_an_additional_document_shows_up_in_completion_without_a_build()
    {
        var project = projects.News.Project;
        const string code = "class Probe { object P => News.Corpus.Articles.FollowUp.$$ }";
        (await IdeServices.CompletionsAsync(project, code)).Keys.ShouldNotContain("MeetAgain");

        var document = project.AdditionalDocuments.Single(document => document.Name == "follow-up.article.md");
        string text = (await document.GetTextAsync()).ToString().Replace("{@lavrov “", "{@lavrov#meet-again “", StringComparison.Ordinal);
        var edited = project.Solution.WithAdditionalDocumentText(document.Id, SourceText.From(text)).GetProject(project.Id)!;

        var items = await IdeServices.CompletionsAsync(edited, code);
        items["MeetAgain"].ShouldContain("“We will meet again.” (Sergey V. Lavrov). In articles/follow-up.article.md, line 4.");
    }

    [Fact]
    public async Task An_unrelated_CSharp_edit_leaves_every_generated_file_as_it_was()
    {
        var project = projects.News.Project;
        var before = await GeneratedTreesAsync(project);

        var edited = project.AddDocument("Unrelated.cs", "class Unrelated { int _field; }").Project;
        var after = await GeneratedTreesAsync(edited);

        after.Keys.ShouldBe(before.Keys, ignoreOrder: true);
        foreach (var (hintName, tree) in before)
        {
            after[hintName].ShouldBeSameAs(tree, hintName);
        }
    }

    private static async Task<Dictionary<string, SyntaxTree>> GeneratedTreesAsync(Project project)
    {
        var trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var document in await project.GetSourceGeneratedDocumentsAsync())
        {
            trees[document.HintName] = (await document.GetSyntaxTreeAsync())!;
        }
        trees.ShouldNotBeEmpty();
        return trees;
    }
}
