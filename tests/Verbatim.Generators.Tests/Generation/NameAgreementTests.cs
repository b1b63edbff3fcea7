using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verbatim.Corpus.Naming;
using Verbatim.Generators.Tests.Analysis;
using Verbatim.Testing;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// The generator and the analyzer name members through the same functions (<c>ClassMembers</c>,
/// <c>ArticleIds</c>); this pins what that buys: over a corpus full of collisions, every member the
/// generator emits has the name VQ0005 announces for its id (or the id's plain name when VQ0005 is
/// silent), and the file that keeps a duplicate id is the one VQ0004 does not name.
/// </summary>
public sealed class NameAgreementTests
{
    private static readonly InMemoryAdditionalText[] s_files =
    {
        new("/project/corpus/people.speakers.yaml", "all:\n  name: A\nspeakers:\n  name: S\nr-c:\n  name: R\nr.c:\n  name: R2\n"),
        // nyt-meeting and nyt.meeting share a name; the class NytMeetingArticle is a quote id too.
        new("/project/corpus/a.article.md",
            "---\nid: nyt-meeting\ntitle: Meeting\n---\n{@all#title “One.”}\n{@speakers#q1 “Two.”}\n{@r-c#q-1 “Three.”}\n{@r.c#nyt-meeting-article “Four.”}\n{@all#q1 “Five.”}\n"),
        new("/project/corpus/b.article.md", "---\nid: nyt.meeting\ntitle: Again\n---\n{@all#to-string “Six.”}\n{@speakers#quotes “Seven.”}\n"),
        // Loses its id to a.article.md (first by path), so none of its members may appear.
        new("/project/corpus/c.article.md", "---\nid: NYT-meeting\ntitle: Copy\n---\n{@all#id “Eight.”}\n"),
        new("/project/corpus/d.article.md", "---\nid: all\ntitle: All\n---\n{@r-c#all “Nine.”}\n{@r.c#2017 “Ten.”}\n"),
    };

    private const string Probe = """
        using System.Linq;
        using System.Reflection;
        using System.Text;
        using Consumer.Corpus;

        internal static class Probe
        {
            public static string Run()
            {
                var lines = new StringBuilder();
                foreach (var member in typeof(Articles).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType.IsSubclassOf(typeof(ArticleView))))
                {
                    var article = (ArticleView)member.GetValue(null)!;
                    lines.Append("article|").Append(article.Id).Append('|').Append(article.SourcePath).Append('|').Append(member.Name).Append('\n');
                    foreach (var quoteMember in member.PropertyType.GetProperties().Where(p => p.PropertyType == typeof(Quote)))
                    {
                        var quote = (Quote)quoteMember.GetValue(article)!;
                        lines.Append("quote|").Append(quote.Id).Append('|').Append(article.SourcePath).Append(':').Append(quote.Line).Append('|').Append(quoteMember.Name).Append('\n');
                    }
                }
                foreach (var member in typeof(Speakers).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(Speaker)))
                {
                    lines.Append("speaker|").Append(((Speaker)member.GetValue(null)!).Id).Append("||").Append(member.Name).Append('\n');
                }
                return lines.ToString();
            }
        }
        """;

    private static readonly Regex s_renamed = new("^The (article|speaker|quote) '(.+)' is generated as '(.+)' because", RegexOptions.CultureInvariant);

    [Fact]
    public async Task Every_generated_member_has_the_name_the_analyzer_announces()
    {
        var options = BuildProperties.Of(("RootNamespace", GeneratorRun.RootNamespace), ("ProjectDir", TestCorpus.ProjectDirectory));
        var (output, _) = GeneratorRun.Generate(s_files, GeneratorRun.Compilation(GeneratorRun.Net80, LanguageVersion.Latest, Probe), options);
        var generated = GeneratorRun.RunProbe(output)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|'))
            .ToDictionary(parts => (Kind: parts[0], Id: parts[1], Place: parts[2]), parts => parts[3]);

        var diagnostics = await AnalyzerRun.DiagnosticsAsync(s_files, buildProperties: options);
        var renamed = new Dictionary<(string Kind, string Id, string Place), string>();
        foreach (var diagnostic in diagnostics.Where(d => d.Id == "VQ0005"))
        {
            var match = s_renamed.Match(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            match.Success.ShouldBeTrue(diagnostic.ToString());
            string kind = match.Groups[1].Value;
            renamed.Add((kind, match.Groups[2].Value, kind == "quote" ? PlaceOf(diagnostic) : ""), match.Groups[3].Value);
        }
        var generatedPlaces = generated.Keys.ToDictionary(key => key with { Place = key.Kind == "quote" ? key.Place : "" }, key => key);

        // Each kind collides, so the agreement is tested where it matters.
        renamed.Keys.Select(key => key.Kind).Distinct().OrderBy(kind => kind, StringComparer.Ordinal).ShouldBe(new[] { "article", "quote", "speaker" });
        foreach (var (key, name) in generated)
        {
            var analyzerKey = key with { Place = key.Kind == "quote" ? key.Place : "" };
            (renamed.TryGetValue(analyzerKey, out var announced) ? announced : MemberNames.FromId(key.Id)).ShouldBe(name, key.ToString());
        }
        renamed.Keys.Where(key => !generatedPlaces.ContainsKey(key)).ShouldBeEmpty("renames the generator does not emit");

        // The file that keeps a duplicate id: the generated one is never the one VQ0004 names.
        var duplicates = diagnostics
            .Where(d => d.Id == "VQ0004" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("Article id", StringComparison.Ordinal))
            .Select(d => RelativePath(d.Location.GetLineSpan().Path)).ToArray();
        duplicates.ShouldBe(new[] { "corpus/c.article.md" });
        generated.Keys.Where(key => key.Kind == "article").Select(key => key.Place).ShouldNotContain(path => duplicates.Contains(path));
        generated.Keys.Count(key => key.Kind == "article").ShouldBe(3);
        // The second q1 of a.article.md is VQ0004 and has no id, so no member.
        generated.Keys.Count(key => key.Kind == "quote").ShouldBe(8);
        generated.Keys.Count(key => key.Kind == "speaker").ShouldBe(4);
    }

    private static string PlaceOf(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return RelativePath(span.Path) + ":" + (span.StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string RelativePath(string path) => path.Substring(TestCorpus.ProjectDirectory.Length);
}
