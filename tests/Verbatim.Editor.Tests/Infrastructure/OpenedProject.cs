using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace Verbatim.Editor.Tests.Infrastructure;

/// <summary>
/// A project on disk opened the way an IDE opens it: an <see cref="MSBuildWorkspace"/> that runs the
/// design-time build (in its BuildHost process) over a project already restored and built.
/// </summary>
public sealed class OpenedProject : IDisposable
{
    private OpenedProject(MSBuildWorkspace workspace, Project project, string directory)
    {
        Workspace = workspace;
        ProjectId = project.Id;
        Directory = directory;
    }

    public MSBuildWorkspace Workspace { get; }

    public ProjectId ProjectId { get; }

    /// <summary>The project folder, with a trailing separator.</summary>
    public string Directory { get; }

    public Project Project => Workspace.CurrentSolution.GetProject(ProjectId)!;

    /// <summary>Opens <paramref name="projectPath"/>; fails with the workspace's own messages when loading went wrong.</summary>
    public static async Task<OpenedProject> OpenAsync(string projectPath)
    {
        // An editor's design-time build is never a CI build: under CI=true the repository's props would
        // turn on ContinuousIntegrationBuild, whose PathMap sends every mapped location to "/_/".
        var workspace = MSBuildWorkspace.Create(new Dictionary<string, string> { ["ContinuousIntegrationBuild"] = "false" });
        var messages = new List<WorkspaceDiagnostic>();
        using var _ = workspace.RegisterWorkspaceFailedHandler(failure => messages.Add(failure.Diagnostic));
        var project = await workspace.OpenProjectAsync(projectPath);
        string log = string.Join("\n", messages);
        messages.ShouldNotContain(message => message.Kind == WorkspaceDiagnosticKind.Failure, log);
        project.AdditionalDocuments.ShouldNotBeEmpty($"no corpus files: {log}");
        return new OpenedProject(workspace, project, Path.GetDirectoryName(projectPath)! + Path.DirectorySeparatorChar);
    }

    public string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Directory, relativePath));

    public void Dispose() => Workspace.Dispose();
}
