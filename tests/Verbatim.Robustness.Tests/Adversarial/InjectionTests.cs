using System;
using System.Linq;
using Verbatim.Robustness.Tests.Fuzzing;
using Verbatim.Robustness.Tests.Harness;

namespace Verbatim.Robustness.Tests.Adversarial;

/// <summary>
/// Hostile text in every field that reaches generated code (titles, outlets, authors, URLs, paths,
/// bodies, quotes, and the names, roles, organizations and aliases of registry and front matter
/// speakers): it compiles, it changes nothing in the shape of the generated code, and the running
/// program reads it back exactly.
/// </summary>
public sealed class InjectionTests
{
    public static TheoryData<string, string> Payloads => new()
    {
        { "quote", "a \" b" },
        { "backslash", "a \\ b \\\\ c \\" },
        { "comment end", "a */ b /* c // d" },
        { "doc end", "a </summary> <summary> b </param> <see cref=\"System.Object\"/> ]]> <!-- c &amp; &lt;" },
        { "line directive", "a\n#line 1 \"evil.cs\"\nb" },
        { "pragma", "a\r\n#pragma warning disable\r\n#error injected\r\nb" },
        { "preprocessor after a line separator", "a\u2028#if false\u2029b\u0085#endif" },
        { "unicode escape", "a \\u0022 b \\u000A c \\U0001F600" },
        { "trojan source", "a \u202E b \u2066 c \u2069 d \u202D e \u200F f \u061C g" },
        { "code", "\"); System.Environment.Exit(1); var x = (\"" },
        { "raw string", "\"\"\" a \"\"\"\"\" b {{c}} {0}" },
        { "interpolation", "$\"{System.Environment.Exit(1)}\"" },
        { "controls", "a\0b\u0007c\u001Bd\u007Fe\u00ADf\uFEFFg" },
        { "lone surrogates", "a \uD800 b \uDC00 c" },
    };

    private static readonly Lazy<System.Collections.Generic.Dictionary<string, string>> s_benignShapes =
        new(() => CodeShape.Of(CorpusBuild.Run(Files("plain", "plain"))));

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Hostile_text_compiles_keeps_the_code_shape_and_round_trips(string name, string payload)
    {
        var hostileFiles = Files(payload, name);
        var hostile = CorpusBuild.Run(hostileFiles);

        hostile.ShouldBeSound(hostileFiles);
        hostile.ShouldReportNoCorpusError();
        var shapes = CodeShape.Of(hostile);
        foreach (var (hintName, shape) in s_benignShapes.Value)
        {
            shapes.ShouldContainKey(hintName);
            shapes[hintName].ShouldBe(shape, hintName);
        }
        foreach (var source in hostile.Sources)
        {
            source.Text.ShouldNotContain("\r", customMessage: source.HintName);
            source.Text.IndexOfAny(Invisible).ShouldBe(-1, source.HintName);
        }

        var loaded = LoadedCorpus.Load(hostile);
        var article = loaded.Articles.ShouldHaveSingleItem();
        article.Title.ShouldBe("T " + payload);
        article.Outlet.ShouldBe("O " + payload);
        article.Authors.ShouldBe(new[] { "W " + payload });
        article.Url.ShouldBe(Url(payload));
        article.SourcePath.ShouldBe(RelativePath(name));
        // Body text keeps every character but line ends, which are LF whatever the file wrote.
        string bodyPayload = payload.Replace("\r\n", "\n").Replace('\r', '\n');
        article.Body.ShouldBe("Before " + bodyPayload + " “Q " + bodyPayload + "” after. Local.");
        article.Quotes.Select(quote => quote.Text).ShouldBe(["Q " + bodyPayload, "Local."]);
        loaded.Speakers.Single(s => s.Id == "local").Name.ShouldBe("L " + payload);
        var speaker = loaded.Speakers.Single(s => s.Id == "s");
        (speaker.Name, speaker.Role, speaker.Organization).ShouldBe(("N " + payload, "R " + payload, "G " + payload));
        speaker.Aliases.ShouldBe(new[] { "A " + payload });
    }

    /// <summary>Characters that end a line or hide text in an editor, which generated code must only hold escaped.</summary>
    private static readonly char[] Invisible =
        "\u2028\u2029\u0085\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u0000\u0007\u001B\uFEFF".ToCharArray();

    private static InMemoryAdditionalText[] Files(string payload, string name) =>
    [
        Consumer.File("speakers.speakers.yaml",
            "s:\n  name: " + YamlText.Quoted("N " + payload) + "\n  role: " + YamlText.Quoted("R " + payload)
            + "\n  organization: " + YamlText.Quoted("G " + payload) + "\n  aliases: " + YamlText.FlowSequence(["A " + payload]) + "\n"),
        Consumer.File(RelativePath(name),
            "---\nid: a\ntitle: " + YamlText.Quoted("T " + payload) + "\noutlet: " + YamlText.Quoted("O " + payload)
            + "\nauthors: " + YamlText.FlowSequence(["W " + payload]) + "\nurl: " + YamlText.Quoted(Url(payload))
            + "\nspeakers:\n  local:\n    name: " + YamlText.Quoted("L " + payload) + "\n---\n"
            + "Before " + Escaped(payload) + " {@s#q “Q " + Escaped(payload) + "”} after. {@local Local.}"),
    ];

    /// <summary>The payload in a URL's query, percent-encoded where a URL needs it.</summary>
    private static string Url(string payload) => "https://example.com/?q=" + Uri.EscapeDataString(payload.Replace("\uD800", "").Replace("\uDC00", ""));

    /// <summary>A path holding the payload's name and characters C# and XML give meaning to (a backslash is a separator to the generator).</summary>
    private static string RelativePath(string name) => "articles/" + name + " \"'*#%20 </summary>.article.md";

    private static string Escaped(string text) => text.Replace("\\", "\\\\").Replace("{", "\\{").Replace("}", "\\}");
}
