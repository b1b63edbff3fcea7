using System.Linq;
using System.Text;
using Verbatim.Robustness.Tests.Harness;

namespace Verbatim.Robustness.Tests.Adversarial;

/// <summary>
/// The same article saved with a BOM, with CRLF, CR or mixed line ends, as UTF-16, or with bytes
/// that are not UTF-8: it is read, its quotes keep their lines, and every diagnostic stays at its place.
/// </summary>
public sealed class EncodingTests
{
    private const string Registry = "tillerson:\n  name: Rex W. Tillerson\n";

    // Line 6 holds a quote by an undefined speaker (VQ0001 at 6,3) and line 8 a stray brace (VQ0002 at 8,6).
    private static readonly string[] s_lines =
    [
        "---",
        "title: Tillerson in Moscow",
        "---",
        "{@tillerson#trust “There is a low level of trust,”} he said.",
        "",
        "{@tilerson “Typo in the speaker.”}",
        "  {@tillerson#nested “Outer {@tillerson ‘inner’} words.”}",
        "Stray } brace.",
    ];

    [Theory]
    [InlineData("LF", "\n")]
    [InlineData("CRLF", "\r\n")]
    [InlineData("CR", "\r")]
    [InlineData("mixed", null)]
    public void Every_line_ending_gives_the_same_lines_and_diagnostic_positions(string name, string? lineEnd)
    {
        var file = Consumer.File("articles/moscow.article.md", Joined(lineEnd));

        var (outcome, loaded) = Build(file);

        BuildChecks.Rendered(outcome.AnalyzerDiagnostics).ShouldBe(ExpectedDiagnostics, name);
        loaded.Articles.Single().Quotes.Select(quote => (quote.Text, quote.Line))
            .ShouldBe([("There is a low level of trust,", 4), ("Outer ‘inner’ words.", 7), ("inner", 7)], name);
    }

    [Theory]
    [InlineData("UTF-8 with a BOM")]
    [InlineData("UTF-16 LE with a BOM")]
    [InlineData("UTF-16 BE with a BOM")]
    public void A_byte_order_mark_or_UTF16_changes_nothing(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "UTF-8 with a BOM" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "UTF-16 LE with a BOM" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        string text = Joined("\n");
        var plain = Consumer.File("articles/moscow.article.md", text);
        var encoded = InMemoryAdditionalText.FromBytes(plain.Path, encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray());

        var (plainOutcome, _) = Build(plain);
        var (encodedOutcome, _) = Build(encoded);

        encoded.Text.ShouldBe(text);
        BuildChecks.Rendered(encodedOutcome.AnalyzerDiagnostics).ShouldBe(ExpectedDiagnostics);
        encodedOutcome.Sources.ShouldBe(plainOutcome.Sources);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_read_as_the_compiler_reads_them_and_still_build()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Joined("\n"));
        int quote = System.Array.IndexOf(bytes, (byte)'h'); // inside the first quote's words ("There")
        byte[] broken = bytes.Take(quote).Concat(new byte[] { 0xFF, 0xC3, 0x28, 0xE2, 0x82, 0x00 }).Concat(bytes.Skip(quote)).ToArray();
        var file = InMemoryAdditionalText.FromBytes(Consumer.ProjectDirectory + "articles/moscow.article.md", broken);

        var (outcome, loaded) = Build(file);

        outcome.AnalyzerDiagnostics.Select(d => d.Id).ShouldBe(["VQ0001", "VQ0002"], ignoreOrder: true);
        var article = loaded.Articles.Single();
        article.Quotes.Length.ShouldBe(3);
        // The compiler replaces what it cannot decode (or falls back to a single-byte code page): the words survive either way.
        file.Text.ShouldNotBe(Joined("\n"));
        article.Quotes[0].Text.ShouldContain("ere is a low level of trust,");
        article.Body.ShouldContain(" he said.");
    }

    private static readonly string[] ExpectedDiagnostics =
    [
        Consumer.ProjectDirectory + "articles/moscow.article.md(6,3): VQ0001",
        Consumer.ProjectDirectory + "articles/moscow.article.md(8,7): VQ0002",
    ];

    /// <summary>The article with <paramref name="lineEnd"/> after each line, or LF, CRLF and CR in turn when null.</summary>
    private static string Joined(string? lineEnd) =>
        string.Concat(s_lines.Select((line, i) => line + (lineEnd ?? (i % 3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" })));

    private static (BuildOutcome Outcome, LoadedCorpus Loaded) Build(InMemoryAdditionalText article)
    {
        var files = new[] { Consumer.File("r.speakers.yaml", Registry), article };
        var outcome = CorpusBuild.Run(files);
        outcome.ShouldBeSound(files);
        return (outcome, LoadedCorpus.Load(outcome));
    }
}
