using System.Text;
using Verbatim.Corpus.Finding;

namespace Verbatim.Corpus.Tests.Finding;

/// <summary>
/// The finder stays linear on hostile text: each input is run at two sizes, and the steps it
/// counts must grow no faster than the text (with a little slack for fixed costs).
/// </summary>
public class HostileTextTests
{
    private const int Megabyte = 1 << 20;

    public static TheoryData<string> Shapes => new()
    {
        "one paragraph of prose",
        "opening marks only",
        "closing marks only",
        "straight marks only",
        "alternating pairs",
        "apostrophes and single marks",
        "names and verbs",
        "blank lines",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Steps_grow_in_proportion_to_the_text(string shape)
    {
        long half = Steps(Text(shape, Megabyte / 2));
        long full = Steps(Text(shape, Megabyte));

        full.ShouldBeLessThanOrEqualTo(half * 2 + half / 50 + 1000, $"{shape}: {half} steps for 512 KiB, {full} for 1 MiB");
        full.ShouldBeLessThanOrEqualTo(16L * Megabyte);
    }

    [Fact]
    public void A_hundred_thousand_quotation_marks_in_one_paragraph_are_paired_in_one_pass()
    {
        string text = string.Concat(Enumerable.Repeat("“a b c” d ", 50_000));

        var result = QuotationFinder.FindInText(text, Finder.Index);

        result.Quotations.Count.ShouldBe(50_000);
        // Each quotation looks at most a bounded number of tokens around it (docs/quotation-finder.md).
        result.Steps.ShouldBeLessThanOrEqualTo(40L * text.Length);
    }

    private static long Steps(string text) => QuotationFinder.FindInText(text, Finder.Index).Steps;

    private static string Text(string shape, int length)
    {
        string unit = shape switch
        {
            "one paragraph of prose" => "the talks went on for hours and nobody agreed on anything at all, ",
            "opening marks only" => "“",
            "closing marks only" => "” ",
            "straight marks only" => "\" ",
            "alternating pairs" => "“one two three,” he said ",
            "apostrophes and single marks" => "‘It’s ’ ‘ '",
            "names and verbs" => "Mr. Lavrov said Mr. Tillerson told “Mr. Putin” ",
            _ => "\n\n \n",
        };
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }
        return text.ToString(0, length);
    }
}
