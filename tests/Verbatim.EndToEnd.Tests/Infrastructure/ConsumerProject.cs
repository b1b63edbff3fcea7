using System.Security;

namespace Verbatim.EndToEnd.Tests.Infrastructure;

/// <summary>A user's project in a fresh folder: a project file that references Verbatim, the files a user adds, the CLI.</summary>
internal sealed class ConsumerProject
{
    private readonly PackedVerbatim _verbatim;

    private ConsumerProject(PackedVerbatim verbatim, string directory, string name)
    {
        _verbatim = verbatim;
        Directory = directory;
        Name = name;
    }

    public string Directory { get; }

    public string Name { get; }

    public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    /// <summary>
    /// Creates <paramref name="folder"/>/<paramref name="name"/>.csproj (the folder is unique per test)
    /// with a <c>PackageReference</c> to Verbatim and the given properties; <paramref name="items"/> is
    /// raw project XML for the few tests that list items by hand. Fails the test when packing failed.
    /// </summary>
    public static ConsumerProject Create(PackedVerbatim verbatim, string folder, string name, string targetFrameworks,
        IReadOnlyDictionary<string, string>? properties = null, string items = "")
    {
        verbatim.ShouldBePacked();
        var directory = System.IO.Directory.CreateDirectory(Path.Combine(verbatim.Root, folder, name)).FullName;
        var project = new ConsumerProject(verbatim, directory, name);
        var frameworkProperty = targetFrameworks.Contains(';') ? "TargetFrameworks" : "TargetFramework";
        var extra = string.Concat((properties ?? new Dictionary<string, string>())
            .Select(property => $"\n    <{property.Key}>{SecurityElement.Escape(property.Value)}</{property.Key}>"));
        project.Write(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <{frameworkProperty}>{targetFrameworks}</{frameworkProperty}>
                <Nullable>enable</Nullable>{extra}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Verbatim" Version="{verbatim.Version}" />
              </ItemGroup>
              <ItemGroup>{items}
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    public ConsumerProject Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public CommandResult Build(params string[] arguments) =>
        _verbatim.DotNet(Directory, new[] { "build", "-nodeReuse:false", "-nologo", "-v:q" }.Concat(arguments).ToArray());

    /// <summary>Runs what the last build produced.</summary>
    public CommandResult Run() => _verbatim.DotNet(Directory, "run", "--no-build");
}
