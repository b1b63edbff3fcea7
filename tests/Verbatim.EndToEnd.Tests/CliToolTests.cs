namespace Verbatim.EndToEnd.Tests;

/// <summary>The <c>verbatim</c> tool installed from the package, on corpus folders with no project and beside a build.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class CliToolTests(PackedVerbatim verbatim)
{
    [Fact]
    public void The_installed_tool_checks_and_exports_the_sample_corpus_in_a_folder_with_no_project()
    {
        var folder = CopyOfSampleCorpus(nameof(The_installed_tool_checks_and_exports_the_sample_corpus_in_a_folder_with_no_project));

        var check = verbatim.Tool.Run(folder, "check");

        check.ExitCode.ShouldBe(0, check.ToString());
        check.Output.ShouldContain("6 corpus files checked: 0 errors, 0 warnings, 0 info.", Case.Sensitive, check.ToString());

        var export = verbatim.Tool.Run(folder, "export", "--format", "jsonl", "--output", "out");

        export.ExitCode.ShouldBe(0, export.ToString());
        File.ReadAllLines(Path.Combine(folder, "out", "quotes.jsonl")).Length.ShouldBe(158);
    }

    [Fact]
    public void The_installed_tool_fails_a_broken_corpus_with_exit_code_1_and_a_missing_folder_with_3()
    {
        var folder = Directory.CreateDirectory(Path.Combine(verbatim.Root, nameof(CliToolTests), "broken")).FullName;
        File.WriteAllText(Path.Combine(folder, "people.speakers.yaml"), NewsCorpus.Registry);
        Directory.CreateDirectory(Path.Combine(folder, "articles"));
        File.WriteAllText(Path.Combine(folder, "articles", "misspelt.article.md"), "---\ntitle: Misspelt\n---\nHe said {@tilerson “Hello.”} and left.\n");

        var broken = verbatim.Tool.Run(folder, "check");

        broken.ExitCode.ShouldBe(1, broken.ToString());
        broken.Output.ShouldContain("articles/misspelt.article.md(4,11): error VQ0001: Speaker 'tilerson' is not defined; did you mean 'tillerson'? (https://github.com/verbatim-corpus/verbatim/blob/main/docs/diagnostics.md#vq0001)", Case.Sensitive, broken.ToString());

        var missing = verbatim.Tool.Run(folder, "check", "no-such-folder");

        missing.ExitCode.ShouldBe(3, missing.ToString());
        missing.Output.Trim().ShouldBe("verbatim: The folder 'no-such-folder' does not exist.", missing.ToString());
    }

    [Fact]
    public void The_installed_tool_annotates_a_raw_article_into_a_draft_that_checks_with_no_error()
    {
        // The raw text of a sample article: its body as the brat export writes it, under its title.
        var corpus = CopyOfSampleCorpus(nameof(The_installed_tool_annotates_a_raw_article_into_a_draft_that_checks_with_no_error));
        verbatim.Tool.Run(corpus, "export", "--format", "brat", "--output", "brat").ExitCode.ShouldBe(0);
        string title = File.ReadLines(Path.Combine(corpus, "articles", "nyt-tillerson-putin.article.md")).First(line => line.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..];
        var drafts = Directory.CreateDirectory(Path.Combine(verbatim.Root, nameof(CliToolTests), "drafts")).FullName;
        File.WriteAllText(Path.Combine(drafts, "nyt.txt"), title + "\n\n" + File.ReadAllText(Path.Combine(corpus, "brat", "nyt-tillerson-putin.txt")));
        File.Copy(Path.Combine(corpus, "corpus.speakers.yaml"), Path.Combine(drafts, "corpus.speakers.yaml"));

        var annotate = verbatim.Tool.Run(drafts, "annotate", "nyt.txt", "--speakers", "corpus.speakers.yaml");

        annotate.ExitCode.ShouldBe(0, annotate.ToString());
        annotate.Output.ShouldMatch(@"\d+ quotations annotated in nyt\.article\.md; ", annotate.ToString());
        string draft = File.ReadAllText(Path.Combine(drafts, "nyt.article.md"));
        draft.ShouldStartWith($"---\ntitle: \"{title}\"\n");
        draft.ShouldContain("{@tillerson “There is a low level of trust between our countries,”}");
        var check = verbatim.Tool.Run(drafts, "check");
        check.ExitCode.ShouldBe(0, check.ToString());
        check.Output.ShouldContain("2 corpus files checked: 0 errors, 0 warnings, ", Case.Sensitive, check.ToString());
    }

    [Fact]
    public void Check_prints_the_same_diagnostics_as_a_build_of_the_same_corpus()
    {
        // An error, a warning (a renamed member), infos (unquoted speakers) and a severity from .editorconfig.
        var project = ConsumerProject.Create(verbatim, nameof(CliToolTests), "SameLines", "net10.0")
            .WithNewsCorpus()
            .Write("extra.speakers.yaml", "r-c-hammond:\n  name: R. C. Hammond\nr.c.-hammond:\n  name: R.C. Hammond\n")
            .Write("articles/misspelt.article.md", "---\ntitle: Misspelt\n---\nHe said {@tilerson “Hello.”} and {@lavorv “Bye.”}\n")
            .Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.VQ0006.severity = warning\n")
            .Write("Use.cs", "namespace SameLines; public static class Use { public static int Count => Corpus.Articles.All.Count; }");

        var build = project.Build();
        var check = verbatim.Tool.Run(project.Directory, "check");

        build.ExitCode.ShouldNotBe(0, build.ToString());
        check.ExitCode.ShouldBe(1, check.ToString());
        var fromBuild = DiagnosticLines(build.Output, project.Directory);
        var fromCheck = DiagnosticLines(check.Output, project.Directory);
        fromBuild.ShouldContain(line => line.Contains(": error VQ0001: "), build.ToString());
        fromBuild.ShouldContain(line => line.Contains(": warning VQ0005: "), build.ToString());
        fromBuild.ShouldContain(line => line.Contains(": warning VQ0006: "), build.ToString());
        fromCheck.ShouldBe(fromBuild, $"{check}\n{build}");
    }

    [Fact]
    public void The_tool_package_targets_dotnet_8_and_rolls_forward_to_newer_runtimes()
    {
        verbatim.Tool.PackResult.Succeeded.ShouldBeTrue(verbatim.Tool.PackResult.ToString());
        using var package = System.IO.Compression.ZipFile.OpenRead(verbatim.Tool.Package);
        string Read(string name)
        {
            using var reader = new StreamReader(package.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }

        package.GetEntry("tools/net8.0/any/verbatim.dll").ShouldNotBeNull();
        package.GetEntry("tools/net8.0/any/Verbatim.Generators.dll").ShouldNotBeNull();
        Read("tools/net8.0/any/DotnetToolSettings.xml").ShouldContain("<Command Name=\"verbatim\" EntryPoint=\"verbatim.dll\" Runner=\"dotnet\" />");
        string runtimeConfig = Read("tools/net8.0/any/verbatim.runtimeconfig.json");
        runtimeConfig.ShouldContain("\"tfm\": \"net8.0\"");
        runtimeConfig.ShouldContain("\"rollForward\": \"Major\"");
    }

    /// <summary>The VQ lines of a build or a check, each once, as <c>relative/path(l,c): severity id: message</c>, sorted.</summary>
    private static List<string> DiagnosticLines(string output, string projectDirectory)
    {
        string prefix = projectDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains(": error VQ") || line.Contains(": warning VQ") || line.Contains(": info VQ"))
            .Select(line => line.StartsWith(prefix, StringComparison.Ordinal) ? line.Substring(prefix.Length) : line)
            .Select(line => line.EndsWith(']') && line.LastIndexOf(" [", StringComparison.Ordinal) is > 0 and var project ? line.Substring(0, project) : line)
            .Select(line => line.Replace('\\', '/'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private string CopyOfSampleCorpus(string name)
    {
        var target = Directory.CreateDirectory(Path.Combine(verbatim.Root, nameof(CliToolTests), name)).FullName;
        foreach (var file in Directory.EnumerateFiles(PackedVerbatim.SampleCorpus, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".article.md", StringComparison.Ordinal) || path.EndsWith(".speakers.yaml", StringComparison.Ordinal)))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(PackedVerbatim.SampleCorpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }
}
