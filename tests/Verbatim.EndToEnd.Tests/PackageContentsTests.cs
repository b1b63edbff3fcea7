using System.IO.Compression;
using System.Xml.Linq;

namespace Verbatim.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class PackageContentsTests(PackedVerbatim verbatim)
{
    [Fact]
    public void The_package_holds_the_analyzers_with_their_dependency_and_the_MSBuild_files_and_nothing_for_lib()
    {
        verbatim.ShouldBePacked();
        using var package = ZipFile.OpenRead(verbatim.Package);

        package.Entries.Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("package/", StringComparison.Ordinal) && !name.StartsWith('_') && !name.StartsWith('['))
            .Order(StringComparer.Ordinal)
            .ShouldBe([
                "README.md",
                "Verbatim.nuspec",
                "analyzers/dotnet/cs/Verbatim.CodeFixes.dll",
                "analyzers/dotnet/cs/Verbatim.Corpus.dll",
                "analyzers/dotnet/cs/Verbatim.Generators.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "build/Verbatim.props",
                "build/Verbatim.targets",
                "buildTransitive/Verbatim.props",
                "buildTransitive/Verbatim.targets",
            ]);
    }

    [Fact]
    public void The_manifest_is_a_development_dependency_with_no_dependencies_and_full_metadata()
    {
        verbatim.ShouldBePacked();
        using var package = ZipFile.OpenRead(verbatim.Package);
        using var nuspec = package.GetEntry("Verbatim.nuspec")!.Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value ?? "";

        Value("id").ShouldBe("Verbatim");
        Value("version").ShouldBe(verbatim.Version);
        Value("developmentDependency").ShouldBe("true");
        Value("license").ShouldBe("MIT");
        Value("readme").ShouldBe("README.md");
        Value("description").ShouldNotBeEmpty();
        Value("tags").ShouldContain("source-generator");
        metadata.Elements().Single(element => element.Name.LocalName == "repository").Attribute("url")!.Value
            .ShouldBe("https://github.com/verbatim-corpus/verbatim");
        metadata.Elements().ShouldNotContain(element => element.Name.LocalName == "dependencies");
    }
}
